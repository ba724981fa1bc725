import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../../utils/messages';
import { ROOT } from '../support/browser';
import { highlightedTextIn, launchFirefoxWithExtension, waitForDoneIn, waitForHighlightsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

/**
 * Claim memory in Firefox, where the library lives in the MV2 background page: article
 * A is kept; a private window reads B (which restates two of A's claims) and
 * keeps nothing; then B in a normal window paints exactly the two restatements,
 * with A's source in the card and the popup.
 */
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/e2e/memory', name), 'utf8');
const RESTATED_ALGAE = /^Toxic algae was discovered at three of the Millbrook Reservoir's intake points/;
const RESTATED_FILTERS = /^The filters at the pumping station on Gorse Lane had not been changed in four years/;
const CONTRADICTED = 'The county health department said on Wednesday';

describe('claim memory and private windows in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let options: Page;
  let urlA: string;
  let urlB: string;

  const count = async () => {
    await ff.reloadExtensionPage(options);
    return options.waitForSelector('.memory-count').then((el) => el!.evaluate((e) => e.textContent));
  };

  beforeAll(async () => {
    server = await serve({ '/courier/algae.html': { body: fixture('reservoir-a.html') }, '/post/questions.html': { body: fixture('reservoir-b.html') } });
    urlA = `${server.origin}/courier/algae.html`;
    urlB = `${server.origin}/post/questions.html`;
    ff = await launchFirefoxWithExtension({ viewport: { width: 1100, height: 800 } });
    page = await ff.newPage();
    options = await ff.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('keeps the first article read and paints nothing of it as a match', async () => {
    await page.goto(urlA);
    await waitForHighlightsIn(page);
    await waitForDoneIn(page);
    expect((await highlightedTextIn(page))['sourcelight-match']).toBeUndefined();
    await expect.poll(count, { timeout: 15_000 }).toMatch(/^1 article and \d+ claims kept\./);
  });

  it('matches a page in a private window against the library but keeps nothing from it', async () => {
    // A private window opened by the extension, its content script asked as the popup asks.
    const state = await ff.inExtension(async (target) => {
      type Api = {
        windows: { create: (o: object) => Promise<{ id: number; incognito: boolean; tabs: { id: number }[] }>; remove: (id: number) => Promise<void> };
        tabs: { sendMessage: (id: number, m: object) => Promise<{ res?: PageState }> };
      };
      const api = (globalThis as unknown as { browser: Api }).browser;
      const win = await api.windows.create({ incognito: true, url: target });
      for (let attempt = 0; attempt < 120; attempt++) {
        await new Promise((r) => setTimeout(r, 250));
        try {
          const answer = await api.tabs.sendMessage(win.tabs[0].id, { id: attempt, type: 'getState', data: { analyse: true }, timestamp: Date.now() });
          if (answer?.res?.report) {
            await api.windows.remove(win.id);
            const report = answer.res.report;
            // Flat values only: they cross WebDriver BiDi.
            return { incognito: win.incognito, state: report.state, sites: report.state === 'article' ? (report.seenBefore ?? []).map((s) => s.claim.article.site) : [] };
          }
        } catch {
          // The content script is not there yet.
        }
      }
      throw new Error('the private page never answered');
    }, urlB);
    expect(state).toEqual({ incognito: true, state: 'article', sites: ['The Wrenfield Courier', 'The Wrenfield Courier'] });
    await expect.poll(count).toMatch(/^1 article and \d+ claims kept\./);
    expect(await options.$$eval('ul.memory-articles li', (lis) => lis.length)).toBe(1);
  });

  it('paints exactly the two restated claims on a second page, not the contradicted one', async () => {
    await page.goto(urlB);
    await waitForHighlightsIn(page);
    await expect.poll(async () => (await highlightedTextIn(page))['sourcelight-match']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    const matches = (await highlightedTextIn(page))['sourcelight-match'].map((t) => t.trim());
    expect(matches).toHaveLength(2);
    expect(matches.some((t) => RESTATED_ALGAE.test(t))).toBe(true);
    expect(matches.some((t) => RESTATED_FILTERS.test(t))).toBe(true);
    expect(matches.some((t) => t.startsWith(CONTRADICTED))).toBe(false);
  });

  it("shows A's status and source in the card under the pointer, with a link to A", async () => {
    await page.bringToFront();
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Toxic algae'));
      const r = p?.getBoundingClientRect();
      return r ? { x: r.x + 40, y: r.y + 12 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x - 5, box!.y);
    await page.mouse.move(box!.x, box!.y);
    const card = () =>
      page.evaluate(() => {
        const root = document.querySelector('sourcelight-card')?.shadowRoot;
        const link = root?.querySelector<HTMLAnchorElement>('a.seen-link');
        return { text: root?.querySelector('.card')?.textContent ?? '', href: link?.getAttribute('href'), rel: link?.rel, target: link?.target, title: link?.textContent };
      });
    await expect.poll(async () => (await card()).text, { timeout: 10_000 }).toContain('Seen before: confirmed — The Wrenfield Water Authority (The Wrenfield Courier, 2026-10-14)');
    expect(await card()).toMatchObject({ href: urlA, target: '_blank', title: 'Algae closes three Millbrook Reservoir intakes' });
    expect((await card()).rel).toContain('noopener');
  });

  it("lists the two matches under 'Seen elsewhere' in the popup with A's source, status and link", async () => {
    const popup = await ff.openPopup(await ff.tabIdOf(page));
    const section = await popup.waitForSelector('section.seen-elsewhere', { timeout: 15_000 });
    const items = await section!.$$eval('li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(2);
    const texts = items.join('\n');
    for (const t of ['Confirmed', 'The Wrenfield Water Authority', 'Reported', 'Inspectors', 'The Wrenfield Courier, 2026-10-14']) expect(texts).toContain(t);
    expect(texts).not.toContain(CONTRADICTED);
    expect(await section!.$$eval('a', (as) => as.map((a) => a.href))).toEqual([urlA, urlA]);
    await popup.close();
  });

  it('does not match a page against its own earlier visit', async () => {
    await page.reload();
    await waitForDoneIn(page);
    await expect.poll(async () => (await highlightedTextIn(page))['sourcelight-match']?.length ?? 0).toBe(2);
    await expect.poll(count).toMatch(/^2 articles and \d+ claims kept\./);
  });

  it('logged no error from the extension and sent nothing off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
  });
});
