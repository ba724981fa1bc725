import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './fixtures/axe';
import { FRENCH_ARTICLE, LINKS_PAGE, LONG_WORDS_ARTICLE } from './fixtures/popup-pages';
import { ROOT, highlightedText, launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

/** The number in a status chip ("Disputed 2" → 2). */
const chipCount = async (popup: Page, label: string) =>
  Number((await popup.getByRole('button', { name: new RegExp(`^${label} \\d+$`) }).textContent())?.match(/(\d+)\s*$/)?.[1]);

describe('the popup on the demo article in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serve({
      '/demo.html': { body: demo },
      '/fr.html': { body: FRENCH_ARTICLE },
      '/links.html': { body: LINKS_PAGE },
      '/long.html': { body: LONG_WORDS_ARTICLE },
      // The same article, held back by a script the test releases: the popup meets it mid-load.
      '/held.html': { body: demo.replace('</body>', '<script src="/held.js"></script></body>') },
      '/held.js': { body: '', type: 'text/javascript' },
    });
    ext = await launchWithExtension({ viewport: { width: 1100, height: 600 } });
    page = await ext.context.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlights(page);
    const tabId = await tabIdOf(ext, page);
    popup = await ext.context.newPage();
    // Chromium grants no clipboard permission to extension origins under automation,
    // so the test receives what the popup hands the clipboard.
    await popup.addInitScript(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.__copied.push(text);
    });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('listitem').first().waitFor();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens on a sourcing summary that agrees with the list', async () => {
    const claims = await popup.getByRole('listitem').count();
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).first().textContent()).toBe(`${claims} claims`);
    const stats = await popup.locator('.stats').textContent();
    expect(stats).toMatch(/Attributed\s*\d+ of \d+/);
    expect(stats).toMatch(/Sources\s*\d+\s*\d+ named · \d+ anonymous/);
    expect(stats).toMatch(/Author's own voice\s*\d+% of claims/);
    // The chips are the bar's legend: their counts add up to the claims.
    const chips = await popup.getByRole('group', { name: 'Show statuses' }).getByRole('button').allTextContents();
    expect(chips.reduce((sum, t) => sum + Number(t.match(/(\d+)\s*$/)![1]), 0)).toBe(claims);
  });

  it('has no accessibility violations, colour contrast included, in light and dark', async () => {
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    // The check is live: faint text is caught.
    await popup.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'faint';
      p.style.color = '#eee';
      p.textContent = 'Faint text that nobody can read';
      document.querySelector('.popup-body')!.prepend(p);
    });
    expect((await axeViolations(popup)).some((v) => v.startsWith('color-contrast'))).toBe(true);
    await popup.evaluate(() => document.getElementById('faint')!.remove());
  });

  it('filters by status, by source type, and by a search over sentence and source', async () => {
    const all = await popup.getByRole('listitem').count();
    const disputed = await chipCount(popup, 'Disputed');
    await popup.getByRole('button', { name: /^Disputed \d+$/ }).click();
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(disputed);
    for (const text of await popup.getByRole('listitem').allTextContents()) expect(text).toContain('Disputed');
    await expect.poll(() => popup.getByRole('status').first().textContent()).toBe(`${disputed} of ${all} claims shown`);
    await popup.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(all);

    await popup.getByRole('combobox', { name: 'Source type' }).selectOption('law_enforcement');
    const lawEnforcement = await popup.getByRole('listitem').allTextContents();
    expect(lawEnforcement.length).toBeGreaterThan(0);
    expect(lawEnforcement.length).toBeLessThan(all);
    for (const text of lawEnforcement) expect(text).toContain('Law enforcement');
    await popup.getByRole('combobox', { name: 'Source type' }).selectOption('all');

    await popup.getByRole('searchbox', { name: 'Search sentences and sources' }).fill('sorokin');
    const found = await popup.getByRole('listitem').allTextContents();
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text.toLowerCase()).toContain('sorokin');
    await popup.getByRole('searchbox', { name: 'Search sentences and sources' }).fill('no such words anywhere');
    await expect.poll(() => popup.getByText('No claim matches these filters.').count()).toBe(1);
    await popup.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('groups the claims by source, the most quoted first, with the author last', async () => {
    await popup.getByRole('button', { name: 'Who says what' }).click();
    const headings = await popup.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.length).toBeGreaterThan(3);
    expect(headings.at(-1)).toContain("No source: the author's own voice");
    const counts = headings.map((h) => Number(h.match(/(\d+) claims?$/)![1]));
    const named = counts.slice(0, -1);
    expect(named).toEqual([...named].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(await popup.getByRole('listitem').count());
    await popup.getByRole('button', { name: 'In article order' }).click();
  });

  it('shows a chain of sources as a breadcrumb', async () => {
    const chained = popup.locator('.claim-chain');
    expect(await chained.count()).toBeGreaterThan(0);
    expect(await chained.first().textContent()).toMatch(/^Chain of sources: .+ › .+/);
  });

  it('reaches every control with Tab, in reading order, and works them with the keyboard', async () => {
    // A click on the header's blank corner starts keyboard navigation from the top, as on opening.
    await popup.mouse.click(2, 2);
    const stops: string[] = [];
    for (let i = 0; i < 45 && !stops.includes('Options'); i++) {
      await popup.keyboard.press('Tab');
      stops.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el.classList.contains('claim-button')) return `claim ${el.dataset.claimIndex}`;
          return el.getAttribute('aria-label') ?? el.textContent!.trim().replace(/\s+/g, ' ').slice(0, 24);
        }),
      );
    }
    const at = (label: string) => stops.findIndex((s) => s.startsWith(label));
    const order = ['Highlights', 'Search sentences and sources', 'Source type', 'Confirmed', 'In article order', 'Who says what', 'claim ', 'Copy as Markdown', 'Download JSON', 'Options'].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Every claim is a stop of its own.
    expect(stops.filter((s) => s.startsWith('claim ')).length).toBe(await popup.getByRole('listitem').count());
    // Space on a focused status chip filters, as a click does.
    await popup.getByRole('button', { name: /^Disputed \d+$/ }).focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => popup.getByRole('button', { name: /^Disputed \d+$/ }).getAttribute('aria-pressed')).toBe('true');
    await popup.keyboard.press('Space');
  });

  it('scrolls the page to a claim and flashes it, with the keyboard alone', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const buttons = popup.locator('.claim-button');
    await buttons.first().focus();
    const last = await buttons.count();
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe(await buttons.nth(last - 1).textContent());
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-flash'))).toBe(true);
  });

  it('copies a Markdown sourcing table and downloads the JSON in the CLI format', async () => {
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.getByRole('status').last().textContent()).toContain('copied');
    const [markdown] = await popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    const claims = await popup.getByRole('listitem').count();
    expect(markdown).toMatch(/^## Sourcing: Campaign says foreign hackers/);
    expect(markdown).toContain('| # | Claim | Status | Source | Type | Why |');
    expect(markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(claims);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^campaign-says-foreign-hackers.*\.sourcelight\.json$/);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(Object.keys(json)).toEqual(['title', 'language', 'text', 'sentences']);
    expect(json.language).toBe('en');
    expect(json.sentences.filter((s: { status: string }) => s.status !== 'none')).toHaveLength(claims);
    for (const s of json.sentences) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'status', 'source', 'cues']);
      expect(json.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('hides and shows the highlights on the page', async () => {
    const toggle = popup.getByRole('switch', { name: /Highlights/ });
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(async () => Object.keys(await highlightedText(page)).filter((k) => k !== 'sourcelight-flash')).toEqual([]);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(async () => Object.keys(await highlightedText(page)).length).toBeGreaterThan(3);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('says it is analysing while the page loads, and nothing moves when the claims arrive', async () => {
    const tab = await ext.context.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await tab.route('**/held.js', async (route) => {
      await held;
      await route.continue();
    });
    await tab.goto(`${server.origin}/held.html`, { waitUntil: 'commit' });
    const p = await openPopup(ext, await tabIdOf(ext, tab));
    await p.setViewportSize({ width: 400, height: 580 });
    const status = p.getByRole('status').filter({ hasText: 'Analysing the article…' });
    await status.waitFor();
    const layout = () =>
      p.evaluate(() => ['.popup-header', '.popup-body', '.popup-footer'].map((s) => JSON.stringify(document.querySelector(s)!.getBoundingClientRect())));
    const before = await layout();
    release();
    await p.getByRole('listitem').first().waitFor({ timeout: 10_000 });
    expect(await layout()).toEqual(before);
    await p.close();
    await tab.close();
  });

  it('fits long names, titles and unbroken words into its width, in both views', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(`${server.origin}/long.html`);
    await waitForHighlights(tab);
    const p = await openPopup(ext, await tabIdOf(ext, tab));
    await p.setViewportSize({ width: 400, height: 580 });
    await p.getByRole('listitem').first().waitFor();
    const overflow = () =>
      p.evaluate(() =>
        [document.documentElement, ...document.querySelectorAll<HTMLElement>('.popup-body, .claim, .group-head, .popup-header, .popup-footer')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.className || el.tagName),
      );
    expect(await overflow()).toEqual([]);
    await p.getByRole('button', { name: 'Who says what' }).click();
    expect(await overflow()).toEqual([]);
    await p.close();
    await tab.close();
  });

  it('says plainly what it cannot show: a browser page, a page with no article, another language', async () => {
    const statePopup = async (url: string) => {
      const tab = await ext.context.newPage();
      await tab.goto(url);
      const p = await openPopup(ext, await tabIdOf(ext, tab));
      const heading = p.getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent(), { timeout: 10_000 }).not.toMatch(/Analysing/);
      const text = await heading.textContent();
      await p.close();
      await tab.close();
      return text;
    };
    expect(await statePopup('about:blank')).toBe('Sourcelight cannot read this page');
    expect(await statePopup(`${server.origin}/links.html`)).toBe('Not a news article');
    expect(await statePopup(`${server.origin}/fr.html`)).toBe('Language not supported');
  });
});
