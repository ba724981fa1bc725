import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedText, launchWithExtension, mutationsOf, openPopup, tabIdOf, watchMutations, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

/**
 * Two short reports set between line breaks under a menu: too little running
 * prose for the verdict, yet text a reader may want read. Written for this test.
 */
const lines = [
  'The harbour authority said on Monday that the northern pier would close for repairs until the spring.',
  'Local fishermen disputed the timetable, saying the work could be finished within weeks.',
];
const NOTE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour notes</title></head>
<body><ul><li><a href="/a">Home</a></li><li><a href="/b">Ports</a></li></ul><div class="note">${lines.join('<br><br>')}</div></body></html>`;

/** An article whose page keeps its body hidden until its own script says so (an anti-flicker snippet). */
const paragraphs = [
  'The harbour authority said on Monday that the northern pier would close for repairs until the spring.',
  '"The timbers are rotten through," the chief engineer told reporters at the quay.',
  'Local fishermen disputed the timetable, saying the work could be finished within weeks.',
  'The council is expected to vote on the funding next month, according to two officials.',
  'Repairs on the southern breakwater last year ran four months over schedule, records show.',
  'Traders on the quay believe the closure will cost them most of the spring season.',
];
const HIDDEN = `<!doctype html><html lang="en" class="loading"><head><meta charset="utf-8"><title>Pier to close</title>
<style>html.loading body { display: none; }</style></head>
<body><main><article><h1>Northern pier to close for repairs</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

const painted = async (page: Page) => Object.values(await highlightedText(page)).flat().join(' ');

describe('reading a page anyway, and a body revealed late, in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve({ '/note.html': { body: NOTE }, '/hidden.html': { body: HIDDEN } });
    ext = await launchWithExtension({ viewport: { width: 1100, height: 700 } });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('offers "Read this page anyway" on a page judged not an article, and paints its claims when asked', async () => {
    const page = await ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${server.origin}/note.html`);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    const heading = popup.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('Not a news article');
    expect(await painted(page)).toBe('');
    await popup.getByRole('button', { name: 'Read this page anyway' }).click();
    await expect.poll(() => popup.getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('northern pier would close');
    expect(await mutationsOf(page)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reads it anyway when the shortcut is pressed there', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/note.html`);
    const tabId = await tabIdOf(ext, page);
    // The shortcut's message, sent as the background's command handler sends it.
    const toggle = () =>
      ext.context.serviceWorkers()[0].evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: object) => Promise<{ res: unknown }> } } }).chrome;
        return (await api.tabs.sendMessage(id, { id: 1, type: 'toggleHighlights', data: undefined, timestamp: Date.now() })).res;
      }, tabId);
    await expect.poll(() => toggle().catch(() => undefined), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('northern pier would close');
    await page.close();
  });

  it('wakes when a body kept hidden by a class on <html> is shown, with no text mutation', async () => {
    const page = await ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${server.origin}/hidden.html`);
    await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: 15_000 });
    expect(await painted(page)).toBe('');
    await page.evaluate(() => document.documentElement.classList.remove('loading'));
    await expect.poll(() => painted(page), { timeout: 15_000 }).toContain('northern pier would close');
    // The page's own class change is the only mutation: the extension made none.
    expect(await mutationsOf(page)).toEqual(['attributes:HTML']);
    await page.close();
  });
});
