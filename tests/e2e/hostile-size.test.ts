import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { isExpectedPath, serveHostile } from './hostile/server';
import { collectOurErrors, highlightCounts, isolatedEval, waitForRun } from './hostile/support';
import { useExtensionSuite } from './support/suite';

/**
 * Pages hostile by shape: a DOM thousands of levels deep, hundreds of thousands
 * of text nodes, text in shadow roots and frames. Sourcelight must finish (paint
 * the article) without an uncaught error, and the page must stay responsive.
 */
const attr = (page: Page, name: string) => isolatedEval<string | null>(page, `document.documentElement.getAttribute(${JSON.stringify(name)})`);
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const paintedText = (page: Page) =>
  isolatedEval<string[]>(
    page,
    `(() => { const out = []; for (const [k, h] of CSS.highlights) if (k.startsWith('sourcelight-')) for (const r of h) out.push(r.toString()); return out; })()`,
  );

async function expectAlive(page: Page): Promise<void> {
  const before = Number(await attr(page, 'data-page-ticks'));
  await page.waitForTimeout(300);
  expect(Number(await attr(page, 'data-page-ticks'))).toBeGreaterThan(before);
}

describe('pages hostile by size and shape', () => {
  let page: Page;
  let ourErrors: string[];

  const suite = useExtensionSuite(() => serveHostile());

  const open = async (path: string) => {
    page = await suite.ext.context.newPage();
    ourErrors = collectOurErrors(page);
    await page.goto(`${suite.server.origin}/${path}`, { timeout: 60_000 });
    return page;
  };
  afterEach(async () => {
    await page?.close();
  });

  // Chromium itself crashes laying out about 3,000 nested plain blocks (with or
  // without an extension), so the deep pages nest what browsers can render:
  // display: contents wrappers (frameworks) and inline elements (unclosed <font>).
  for (const kind of ['contents', 'inline']) {
    it(`paints an article at the bottom of a DOM 5,000 levels deep (${kind} wrappers)`, { timeout: 90_000 }, async () => {
      await open(`deep.html?depth=5000&kind=${kind}`);
      expect(await attr(page, 'data-page-depth')).toBe('5000');
      expect(await waitForRun(page, 60_000)).toEqual(['article']);
      expect(total(await highlightCounts(page))).toBeGreaterThan(3);
      await expectAlive(page);
      expect(ourErrors).toEqual([]);
    });
  }

  it('paints an article split into 200,000 text nodes', { timeout: 120_000 }, async () => {
    await open('many-nodes.html?nodes=200000');
    expect(Number(await attr(page, 'data-page-text-nodes'))).toBeGreaterThanOrEqual(200_000);
    expect(await waitForRun(page, 90_000)).toEqual(['article']);
    const painted = await paintedText(page);
    expect(painted.length).toBeGreaterThan(100);
    // Sentences cross hundreds of word-sized text nodes and still read back whole.
    expect(painted.some((t) => t.startsWith('Police confirmed that a crane operator was treated'))).toBe(true);
    expect(painted.some((t) => /\bc\d+\b/.test(t))).toBe(false);
    await expectAlive(page);
    expect(ourErrors).toEqual([]);
  });

  it('paints the light-DOM article around shadow roots and stays out of frames', async () => {
    await open('shadow-frames.html');
    expect(await waitForRun(page)).toEqual(['article']);
    const painted = await paintedText(page);
    expect(painted.some((t) => t.startsWith('Police confirmed that a crane operator'))).toBe(true);
    // Slotted light-DOM text is article text like any other.
    expect(painted.some((t) => t.includes('The budget was never realistic'))).toBe(true);
    // Only the top frame runs: neither frame was analysed.
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      await frame.waitForLoadState();
      expect(await frame.evaluate(() => performance.getEntriesByName('sourcelight:start').length)).toBe(0);
    }
    await expectAlive(page);
    expect(ourErrors).toEqual([]);
  });

  it('made no network request on any of these pages', () => {
    expect(suite.ext.extensionRequests).toEqual([]);
    expect(suite.ext.blockedRequests).toEqual([]);
    expect(suite.server.requests.filter((p) => !isExpectedPath(p))).toEqual([]);
  });
});
