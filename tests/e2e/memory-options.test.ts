import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, highlightedText, launchWithExtension, waitForHighlights, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

/**
 * The options page's "Claim memory" section against the real background:
 * what is kept after reading, pin, export, clear (and matching stops), import
 * (and matching is back), and keeping turned off.
 */
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/e2e/memory', name), 'utf8');
const SHOTS = join(ROOT, 'artifacts', 'memory');
const TITLE_A = 'Algae closes three Millbrook Reservoir intakes';

/** Waits until the page's first analysis, claim-library answer included, has finished (the content script's `done` mark). */
async function analysed(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: 20_000 });
}
const matches = async (page: Page) => (await highlightedText(page))['sourcelight-match']?.length ?? 0;

describe('claim memory on the options page', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let options: Page;
  let urlA: string;
  let urlB: string;
  let packPath: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve({ '/courier/algae.html': { body: fixture('reservoir-a.html') }, '/post/questions.html': { body: fixture('reservoir-b.html') } });
    urlA = `${server.origin}/courier/algae.html`;
    urlB = `${server.origin}/post/questions.html`;
    ext = await launchWithExtension({ viewport: { width: 900, height: 900 } });
    page = await ext.context.newPage();
    await page.goto(urlA);
    await analysed(page);
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const section = () => options.getByRole('group', { name: 'Claim memory' });
  const count = () => section().locator('.memory-count').textContent();

  it('lists the article just read, with its claims, and pins it', async () => {
    await expect.poll(count).toMatch(/^1 article and \d+ claims kept\./);
    const row = section().getByRole('listitem').filter({ hasText: TITLE_A });
    expect(await row.textContent()).toContain('The Wrenfield Courier · 2026-10-14');
    expect(await row.getByRole('link').getAttribute('href')).toBe(urlA);
    const pin = section().getByRole('button', { name: `Pin ${TITLE_A}` });
    expect(await pin.getAttribute('aria-pressed')).toBe('false');
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await options.screenshot({ path: join(SHOTS, 'options-claim-memory.png'), fullPage: true });
  });

  it('exports the library as a claim pack', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), section().getByRole('button', { name: 'Export claim pack' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^sourcelight-claims-\d{4}-\d{2}-\d{2}\.json$/);
    packPath = join(SHOTS, 'pack.json');
    await download.saveAs(packPath);
    const pack = JSON.parse(readFileSync(packPath, 'utf8'));
    expect(pack.format).toBe('sourcelight-claim-pack');
    expect(pack.articles).toHaveLength(1);
    expect(pack.articles[0]).toMatchObject({ url: urlA, title: TITLE_A, site: 'The Wrenfield Courier', pinned: true });
    expect(pack.articles[0].claims.length).toBeGreaterThan(3);
  });

  it('clears everything after asking, and a restating page then matches nothing', async () => {
    await section().getByRole('button', { name: 'Clear all' }).click();
    await section().getByRole('button', { name: 'Yes, clear all' }).click();
    await expect.poll(count).toMatch(/^0 articles and 0 claims kept\./);
    await page.goto(urlB);
    await analysed(page);
    await waitForHighlights(page);
    expect(await matches(page)).toBe(0);
  });

  it('imports the pack back, says what it added, and the restatements match again', async () => {
    await options.reload();
    await section().locator('input[type=file]').setInputFiles(packPath);
    await expect.poll(() => section().getByRole('status').filter({ hasText: 'Imported' }).textContent()).toMatch(/^Imported 1 article \(\d+ claims\)\.$/);
    // B was kept when it was read after the clear; A is back from the pack.
    await expect.poll(count).toMatch(/^2 articles and \d+ claims kept\./);
    await page.reload();
    await analysed(page);
    await expect.poll(() => matches(page)).toBe(2);
  });

  it('refuses a file that is not a claim pack', async () => {
    await section().locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await expect.poll(() => section().locator('.import-result').textContent()).toContain('Nothing imported: Not a Sourcelight claim pack.');
  });

  it('keeps nothing more once keeping is off', async () => {
    await section().getByRole('button', { name: 'Forget Reservoir questions pile up for water chiefs' }).click();
    await expect.poll(count).toMatch(/^1 article and/);
    await section().getByRole('checkbox', { name: /Keep the claims of articles I read/ }).uncheck();
    await page.goto(urlB);
    await analysed(page);
    // Still compared with what is kept: A's two claims match…
    await expect.poll(() => matches(page)).toBe(2);
    // …but B itself was not kept.
    await options.reload();
    await expect.poll(count).toMatch(/^1 article and/);
    expect(await section().getByRole('listitem').allTextContents()).toHaveLength(1);
  });
});
