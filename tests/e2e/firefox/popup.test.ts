import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRENCH_ARTICLE, LINKS_PAGE } from '../fixtures/popup-pages';
import { ROOT } from '../support/browser';
import { axeViolationsIn, highlightedTextIn, launchFirefoxWithExtension, waitForHighlightsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

const items = (popup: Page) => popup.$$eval('li', (lis) => lis.map((li) => li.textContent ?? ''));
/** Clicks the first element matching `selector` whose text starts with `text`. */
async function clickText(p: Page, selector: string, text: string | RegExp): Promise<void> {
  const handles = await p.$$(selector);
  for (const h of handles) {
    const t = (await h.evaluate((el) => el.textContent ?? '')).trim();
    if (typeof text === 'string' ? t.startsWith(text) : text.test(t)) return h.click();
  }
  throw new Error(`nothing "${text}" under ${selector}`);
}

describe('the popup in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo }, '/fr.html': { body: FRENCH_ARTICLE }, '/links.html': { body: LINKS_PAGE } });
    ff = await launchFirefoxWithExtension({ viewport: { width: 1100, height: 600 } });
    page = await ff.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
    popup = await ff.openPopup(await ff.tabIdOf(page));
    await popup.waitForSelector('li', { timeout: 20_000 });
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('has no accessibility violations, colour contrast included (dark: dark.test.ts)', async () => {
    expect(await axeViolationsIn(popup)).toEqual([]);
  });

  it('filters by status, by source type, and by a search over sentence and source', async () => {
    const all = (await items(popup)).length;
    const chip = await popup.$$eval('[aria-label="Show statuses"] button', (bs) => bs.map((b) => b.textContent ?? '').find((t) => t.startsWith('Disputed'))!);
    const disputed = Number(chip.match(/(\d+)\s*$/)![1]);
    await clickText(popup, '[aria-label="Show statuses"] button', 'Disputed');
    await expect.poll(async () => (await items(popup)).length).toBe(disputed);
    for (const text of await items(popup)) expect(text).toContain('Disputed');
    await expect.poll(() => popup.$eval('.result-count', (e) => e.textContent)).toBe(`${disputed} of ${all} claims shown`);
    await (await popup.$('button[aria-label="Clear filters"]'))!.click();
    await expect.poll(async () => (await items(popup)).length).toBe(all);

    await popup.select('select[aria-label="Source type"]', 'law_enforcement');
    const lawEnforcement = await items(popup);
    expect(lawEnforcement.length).toBeGreaterThan(0);
    expect(lawEnforcement.length).toBeLessThan(all);
    for (const text of lawEnforcement) expect(text).toContain('Law enforcement');
    await popup.select('select[aria-label="Source type"]', 'all');

    await popup.type('input[aria-label="Search sentences and sources"]', 'sorokin');
    await expect.poll(async () => (await items(popup)).length).toBeLessThan(all);
    const found = await items(popup);
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text.toLowerCase()).toContain('sorokin');
    await (await popup.$('button[aria-label="Clear filters"]'))!.click();
    await expect.poll(async () => (await items(popup)).length).toBe(all);
  });

  it('copies a Markdown sourcing table', async () => {
    // The test receives what the popup hands the clipboard (headless Firefox has no clipboard to read back).
    await popup.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.__copied.push(text);
    });
    await clickText(popup, 'button', 'Copy as Markdown');
    await expect.poll(() => popup.$$eval('[role=status]', (ss) => ss.map((s) => s.textContent ?? '').join(' '))).toContain('copied');
    const [markdown] = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(markdown).toMatch(/^## Sourcing: Campaign says foreign hackers/);
    expect(markdown).toContain('| # | Claim | Status | Source | Type | Why |');
    expect(markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength((await items(popup)).length);
  });

  it('hides and shows the highlights on the page', async () => {
    const toggle = (await popup.$('[role=switch]'))!;
    expect(await toggle.evaluate((t) => t.getAttribute('aria-checked'))).toBe('true');
    await toggle.click();
    await expect.poll(async () => Object.keys(await highlightedTextIn(page)).filter((k) => k !== 'sourcelight-flash')).toEqual([]);
    await toggle.click();
    await expect.poll(async () => Object.keys(await highlightedTextIn(page)).length).toBeGreaterThan(3);
    expect(await toggle.evaluate((t) => t.getAttribute('aria-checked'))).toBe('true');
  });

  it('goes to a claim with the keyboard alone: arrows, End, then Enter flashes it on the page', async () => {
    // Enter activates a button only in the tab in front, and the popup is a tab here
    // (a real popup is a panel over the page), so the page stays behind it: the
    // flash shows the claim was reached; the scroll itself is the click test's.
    await popup.bringToFront();
    const buttons = await popup.$$('.claim-button');
    await buttons[0].focus();
    await popup.keyboard.press('End');
    const focused = () => popup.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe(await buttons.at(-1)!.evaluate((b) => b.textContent));
    await popup.keyboard.press('ArrowUp');
    const target = await focused();
    expect(target).toBe(await buttons.at(-2)!.evaluate((b) => b.textContent));
    // The flash lasts 1.6 s; the page notes it (a hidden tab's timers run at most once a second).
    await page.evaluate(() => {
      const w = window as unknown as { __flashed: string[] };
      w.__flashed = [];
      setInterval(() => {
        for (const r of CSS.highlights.get('sourcelight-flash') ?? []) w.__flashed.push((r as Range).toString().slice(0, 40));
      }, 100);
    });
    await popup.keyboard.press('Enter');
    const flashed = () => page.evaluate(() => [...new Set((window as unknown as { __flashed: string[] }).__flashed)]);
    await expect.poll(flashed, { timeout: 10_000 }).toHaveLength(1);
    expect(target).toContain((await flashed())[0]);
  });

  it('says plainly what it cannot show: a browser page, a page with no article, another language', async () => {
    const statePopup = async (url: string) => {
      const tab = await ff.newPage();
      await tab.goto(url);
      const p = await ff.openPopup(await ff.tabIdOf(tab));
      const heading = () => p.$eval('h2', (h) => h.textContent ?? '').catch(() => 'Analysing');
      await expect.poll(heading, { timeout: 15_000 }).not.toMatch(/Analysing/);
      const text = await heading();
      await p.close();
      await tab.close();
      return text;
    };
    expect(await statePopup('about:blank')).toBe('Sourcelight cannot read this page');
    expect(await statePopup(`${server.origin}/links.html`)).toBe('Not a news article');
    expect(await statePopup(`${server.origin}/fr.html`)).toBe('Language not supported');
  });

  it.skip('opens from the toolbar button (Firefox: the toolbar panel is browser UI that WebDriver BiDi cannot click or read; the popup is tested as a tab with ?tabId=, as most Chromium popup tests do)', () => {});

  it('logged no error from the extension and sent nothing off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
  });
});
