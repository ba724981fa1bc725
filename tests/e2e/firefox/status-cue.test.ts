import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { launchFirefoxWithExtension, waitForHighlightsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

/**
 * Status told without colour: every status but `unattributed` has its own line
 * style (style.css), so a reader who cannot tell the fills apart still can tell
 * the statuses. This checks that Firefox actually draws those lines under its
 * `::highlight()`s: the pixels of a painted line change when a test sheet turns
 * the decoration off, and only the decoration.
 */
const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
const LINED = ['confirmed', 'reported', 'alleged', 'speculative', 'disputed', 'opinion'];

/** A screenshot of the first line of the first range painted under `status`. */
async function firstLine(page: Page, status: string): Promise<string> {
  const box = await page.evaluate((s) => {
    const h = CSS.highlights.get(`sourcelight-${s}`);
    const r = h ? ([...h][0] as Range).getClientRects()[0] : null;
    return r ? { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(Math.min(r.width, 300)), height: Math.ceil(r.height) + 4 } : null;
  }, status);
  if (!box) throw new Error(`nothing painted under ${status}`);
  return Buffer.from(await page.screenshot({ clip: box, encoding: 'binary' })).toString('base64');
}

describe('status lines in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    // Tall enough that every status is on the first screen: clip coordinates are the viewport's.
    ff = await launchFirefoxWithExtension({ viewport: { width: 1100, height: 3000 } });
    page = await ff.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
    await page.bringToFront();
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('draws each status line under its fill', async () => {
    const lined: Record<string, string> = {};
    for (const s of LINED) lined[s] = await firstLine(page, s);
    // The test's own sheet (this page is the test's): decorations off, fills kept.
    await page.evaluate((names) => {
      const style = document.createElement('style');
      style.textContent = names.map((s) => `::highlight(sourcelight-${s}) { text-decoration: none !important; }`).join('\n');
      document.head.append(style);
    }, LINED);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body, '::highlight(sourcelight-confirmed)').textDecorationLine)).toBe('none');
    const differs = [];
    for (const s of LINED) if ((await firstLine(page, s)) !== lined[s]) differs.push(s);
    expect(differs).toEqual(LINED);
  });
});
