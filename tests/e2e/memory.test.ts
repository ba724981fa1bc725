import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, highlightedText, launchWithExtension, openPopup, tabIdOf, waitForHighlights, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

/**
 * Claim memory end to end, in one browser profile: article A is analysed and
 * kept; page B (another site, two days later) restates two of A's claims in
 * other words and contradicts a third. Exactly the two restatements must be
 * painted as `sourcelight-match`, and the card and the popup must give A's
 * source and status with a link to A.
 */
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core in the real popup, where layout exists, so colour contrast is checked too. */
async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/e2e/memory', name), 'utf8');
const SHOTS = join(ROOT, 'artifacts', 'memory');

/** B's sentences: the two restatements and the contradiction (B says the water was NOT safe). */
const RESTATED_ALGAE = /^Toxic algae was discovered at three of the Millbrook Reservoir's intake points/;
const RESTATED_FILTERS = /^The filters at the pumping station on Gorse Lane had not been changed in four years/;
const CONTRADICTED = 'The county health department said on Wednesday';

/** Waits until the page's first analysis, claim-library answer included, has finished (the content script's `done` mark). */
async function analysed(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: 20_000 });
}

describe('claim memory in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let urlA: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve({ '/courier/algae.html': { body: fixture('reservoir-a.html') }, '/post/questions.html': { body: fixture('reservoir-b.html') } });
    urlA = `${server.origin}/courier/algae.html`;
    ext = await launchWithExtension({ viewport: { width: 1100, height: 800 } });
    page = await ext.context.newPage();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints nothing as a match on the first article read', async () => {
    await page.goto(urlA);
    await waitForHighlights(page);
    // The background has answered once the run is done; A restates nothing, so no match highlight may appear.
    await analysed(page);
    expect((await highlightedText(page))['sourcelight-match']).toBeUndefined();
  });

  it('paints exactly the two restated claims on a second page, not the contradicted one', async () => {
    await page.goto(`${server.origin}/post/questions.html`);
    await waitForHighlights(page);
    await expect.poll(async () => (await highlightedText(page))['sourcelight-match']?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    const matches = (await highlightedText(page))['sourcelight-match'].map((t) => t.trim());
    expect(matches).toHaveLength(2);
    expect(matches.some((t) => RESTATED_ALGAE.test(t))).toBe(true);
    expect(matches.some((t) => RESTATED_FILTERS.test(t))).toBe(true);
    expect(matches.some((t) => t.startsWith(CONTRADICTED))).toBe(false);
  });

  it("shows A's status and source in the card, with a link to A", async () => {
    const box = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Toxic algae'));
      const r = p?.getBoundingClientRect();
      return r ? { x: r.x + 40, y: r.y + 12 } : null;
    });
    if (!box) throw new Error('restated sentence not found');
    await page.mouse.move(box.x, box.y);
    const card = page.locator('sourcelight-card .card');
    await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => card.textContent()).toContain('Seen before: confirmed — The Wrenfield Water Authority (The Wrenfield Courier, 2026-10-14)');
    const link = card.locator('a.seen-link');
    expect(await link.getAttribute('href')).toBe(urlA);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.textContent()).toBe('Algae closes three Millbrook Reservoir intakes');
    await page.screenshot({ path: join(SHOTS, 'page-b-card.png') });
    // Following the link opens the original article in a new tab; the page stays as it was.
    await page.mouse.click(box.x, box.y); // pins the card so the pointer can reach it
    const [original] = await Promise.all([ext.context.waitForEvent('page'), card.locator('a.seen-link').click()]);
    await original.waitForLoadState();
    expect(original.url()).toBe(urlA);
    expect(await original.evaluate(() => window.opener)).toBeNull();
    expect(page.url()).toBe(`${server.origin}/post/questions.html`);
    await original.close();
  });

  it("lists the two matches under 'Seen elsewhere' in the popup with A's source, status and link", async () => {
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopup(ext, tabId);
    const section = popup.getByRole('region', { name: 'Seen elsewhere' });
    await section.waitFor({ timeout: 10_000 });
    const items = section.getByRole('listitem');
    expect(await items.count()).toBe(2);
    const texts = (await items.allTextContents()).join('\n');
    expect(texts).toContain('Confirmed');
    expect(texts).toContain('The Wrenfield Water Authority');
    expect(texts).toContain('Reported');
    expect(texts).toContain('Inspectors');
    expect(texts).toContain('The Wrenfield Courier, 2026-10-14');
    expect(texts).not.toContain(CONTRADICTED);
    const hrefs = await section.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([urlA, urlA]);
    await popup.screenshot({ path: join(SHOTS, 'popup-seen-elsewhere.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SHOTS, 'popup-seen-elsewhere-dark.png') });
    await popup.close();
  });

  it('does not match a page against its own earlier visit', async () => {
    // B is in the library now too; reloading it must still show only A's two claims.
    await page.reload();
    await analysed(page);
    expect((await highlightedText(page))['sourcelight-match']).toHaveLength(2);
  });
});
