import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { highlightedTextIn, launchFirefoxWithExtension, waitForDoneIn, waitForHighlightsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

/**
 * The options page's "Claim memory" section against Firefox's background page: pin,
 * export, clear (and matching stops), import (and matching is back), keeping off.
 */
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/e2e/memory', name), 'utf8');
const TITLE_A = 'Algae closes three Millbrook Reservoir intakes';
const matches = async (page: Page) => (await highlightedTextIn(page))['sourcelight-match']?.length ?? 0;

describe('claim memory on the options page in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let options: Page;
  let urlA: string;
  let urlB: string;
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-pack-'));
  const packPath = join(dir, 'pack.json');

  const count = () => options.$eval('.memory-count', (e) => e.textContent ?? '');
  const button = async (label: string) => {
    const handles = await options.$$('fieldset.claim-memory button');
    for (const h of handles) {
      const name = await h.evaluate((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');
      if (name === label) return h;
    }
    throw new Error(`no button "${label}"`);
  };

  beforeAll(async () => {
    server = await serve({ '/courier/algae.html': { body: fixture('reservoir-a.html') }, '/post/questions.html': { body: fixture('reservoir-b.html') } });
    urlA = `${server.origin}/courier/algae.html`;
    urlB = `${server.origin}/post/questions.html`;
    ff = await launchFirefoxWithExtension({ viewport: { width: 900, height: 900 } });
    page = await ff.newPage();
    await page.goto(urlA);
    await waitForDoneIn(page);
    options = await ff.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the article just read, with its claims, and pins it', async () => {
    await expect.poll(count).toMatch(/^1 article and \d+ claims kept\./);
    const row = await options.$eval('ul.memory-articles li', (li) => ({ text: li.textContent ?? '', href: li.querySelector('a')?.getAttribute('href') }));
    expect(row.text).toContain(TITLE_A);
    expect(row.text).toContain('The Wrenfield Courier · 2026-10-14');
    expect(row.href).toBe(urlA);
    const pin = await button(`Pin ${TITLE_A}`);
    expect(await pin.evaluate((b) => b.getAttribute('aria-pressed'))).toBe('false');
    await pin.click();
    await expect.poll(() => pin.evaluate((b) => b.getAttribute('aria-pressed'))).toBe('true');
  });

  it('exports the library as a claim pack', async () => {
    // The pack leaves through a download link; the test takes what the link hands the
    // browser, since a download under automation has nowhere to be read back from.
    await options.evaluate(() => {
      const w = window as unknown as { __saved: Promise<{ name: string; text: string }> };
      w.__saved = new Promise((resolve) => {
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          void fetch(this.href)
            .then((r) => r.text())
            .then((text) => resolve({ name: this.download, text }));
        };
      });
    });
    await (await button('Export claim pack')).click();
    const saved = await options.evaluate(() => (window as unknown as { __saved: Promise<{ name: string; text: string }> }).__saved);
    expect(saved.name).toMatch(/^sourcelight-claims-\d{4}-\d{2}-\d{2}\.json$/);
    const pack = JSON.parse(saved.text);
    expect(pack.format).toBe('sourcelight-claim-pack');
    expect(pack.articles).toHaveLength(1);
    expect(pack.articles[0]).toMatchObject({ url: urlA, title: TITLE_A, site: 'The Wrenfield Courier', pinned: true });
    expect(pack.articles[0].claims.length).toBeGreaterThan(3);
    writeFileSync(packPath, saved.text);
  });

  it('clears everything after asking, and a restating page then matches nothing', async () => {
    await (await button('Clear all')).click();
    await (await button('Yes, clear all')).click();
    await expect.poll(count).toMatch(/^0 articles and 0 claims kept\./);
    await page.goto(urlB);
    await waitForDoneIn(page);
    await waitForHighlightsIn(page);
    expect(await matches(page)).toBe(0);
  });

  it('imports the pack back, says what it added, and the restatements match again', async () => {
    await ff.reloadExtensionPage(options);
    const input = await options.waitForSelector('fieldset.claim-memory input[type=file]');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(packPath);
    await expect.poll(() => options.$eval('fieldset.claim-memory', (f) => f.textContent ?? '')).toMatch(/Imported 1 article \(\d+ claims\)\./);
    // B was kept when it was read after the clear; A is back from the pack.
    await expect.poll(count).toMatch(/^2 articles and \d+ claims kept\./);
    await page.reload();
    await waitForDoneIn(page);
    await expect.poll(() => matches(page)).toBe(2);
  });

  it('keeps nothing more once keeping is off', async () => {
    await (await button('Forget Reservoir questions pile up for water chiefs')).click();
    await expect.poll(count).toMatch(/^1 article and/);
    const keep = await options.evaluateHandle(() => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Keep the claims of articles I read'))!.querySelector('input')!);
    await (keep.asElement() as ElementHandle<Element>).click();
    await expect.poll(() => keep.evaluate((i) => (i as HTMLInputElement).checked)).toBe(false);
    await page.goto(urlB);
    await waitForDoneIn(page);
    // Still compared with what is kept: A's two claims match…
    await expect.poll(() => matches(page)).toBe(2);
    // …but B itself was not kept.
    await ff.reloadExtensionPage(options);
    await expect.poll(count).toMatch(/^1 article and/);
    expect(await options.$$eval('ul.memory-articles li', (lis) => lis.length)).toBe(1);
  });

  it('logged no error from the extension and sent nothing off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
  });
});
