import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPopup, tabIdOf } from './support/browser';
import { isExpectedPath, serveHostile } from './hostile/server';
import { collectOurErrors, firstClaimPoint, highlightCounts, isolatedEval, runStates, waitForRun } from './hostile/support';
import { useExtensionSuite } from './support/suite';

/**
 * Pages that fight the extension from their own world: rewritten built-ins, an
 * element "cleaner" that removes our card, a flood of mutations. The page must
 * keep working, Sourcelight must paint or stop cleanly, and nothing may escape
 * our code uncaught.
 */
const attr = (page: Page, name: string) => isolatedEval<string | null>(page, `document.documentElement.getAttribute(${JSON.stringify(name)})`);
const cardState = (page: Page) =>
  isolatedEval<{ hosts: number; text: string }>(
    page,
    `(() => { const hosts = document.querySelectorAll('sourcelight-card'); return { hosts: hosts.length, text: hosts[0]?.shadowRoot?.textContent ?? '' }; })()`,
  );
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The page's heartbeat moves on: its own timers still run. */
async function expectAlive(page: Page): Promise<void> {
  const before = Number(await attr(page, 'data-page-ticks'));
  await page.waitForTimeout(300);
  expect(Number(await attr(page, 'data-page-ticks'))).toBeGreaterThan(before);
}

/** Points at the first claim, then away: the card shows (if it can) and hides. */
async function hoverClaim(page: Page): Promise<void> {
  const at = await firstClaimPoint(page);
  expect(at).not.toBeNull();
  await page.mouse.move(at!.x, at!.y, { steps: 3 });
  await page.waitForTimeout(250);
}

describe('pages that fight back from their own world', () => {
  let page: Page;
  let ourErrors: string[];

  const suite = useExtensionSuite(() => serveHostile());

  const open = async (path: string) => {
    page = await suite.ext.context.newPage();
    ourErrors = collectOurErrors(page);
    await page.goto(`${suite.server.origin}/${path}`);
    return page;
  };
  afterEach(async () => {
    await page?.close();
  });

  it('paints and shows the card on a page that rewrote Range, Node, Array and attachShadow', async () => {
    await open('prototypes.html');
    expect(await waitForRun(page)).toEqual(['article']);
    expect(total(await highlightCounts(page))).toBeGreaterThan(3);
    await hoverClaim(page);
    const card = await cardState(page);
    expect(card.hosts).toBe(1);
    expect(card.text.length).toBeGreaterThan(0);
    // The page's own overrides still stand and its own code still runs.
    expect(await attr(page, 'data-page-works')).toBe('true');
    await expectAlive(page);
    // The popup still gets the report from the page.
    const popup = await openPopup(suite.ext, await tabIdOf(suite.ext, page));
    await expect.poll(() => popup.getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await popup.close();
    expect(ourErrors).toEqual([]);
  });

  it('brings the card back after the page removed its host once', async () => {
    await open('card-removal.html?mode=once');
    expect(await waitForRun(page)).toEqual(['article']);
    await hoverClaim(page);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(600);
    expect(await attr(page, 'data-page-removed')).toBe('1');
    await hoverClaim(page);
    const card = await cardState(page);
    expect(card.hosts).toBe(1);
    expect(card.text.length).toBeGreaterThan(0);
    expect(total(await highlightCounts(page))).toBeGreaterThan(3);
    await expectAlive(page);
    expect(ourErrors).toEqual([]);
  });

  it('gives up the card quietly, with no retry storm, when the page removes its host every time', async () => {
    await open('card-removal.html?mode=always');
    expect(await waitForRun(page)).toEqual(['article']);
    for (let i = 0; i < 4; i++) {
      await hoverClaim(page);
      await page.mouse.move(2, 2);
      await page.waitForTimeout(500);
    }
    // At most one new host per hover (the card is built on demand, never in a loop).
    expect(Number(await attr(page, 'data-page-removed'))).toBeLessThanOrEqual(4);
    expect(await runStates(page)).toEqual(['article']);
    expect(total(await highlightCounts(page))).toBeGreaterThan(3);
    await expectAlive(page);
    expect(ourErrors).toEqual([]);
  });

  it('survives a flood of mutations: a bounded number of re-runs, highlights in place after', async () => {
    await open('mutation-flood.html?ms=4000');
    await waitForRun(page);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-page-flood') === 'over', undefined, { timeout: 30_000 });
    // Past the watcher's longest wait, so a last re-run has settled.
    await page.waitForTimeout(3000);
    const states = await runStates(page);
    expect(states.length).toBeGreaterThanOrEqual(1);
    expect(states.length).toBeLessThanOrEqual(8);
    expect(states.every((s) => s === 'article')).toBe(true);
    expect(Number(await attr(page, 'data-page-mutations'))).toBeGreaterThan(1000);
    expect(total(await highlightCounts(page))).toBeGreaterThan(3);
    await expectAlive(page);
    expect(ourErrors).toEqual([]);
  });

  for (const doc of ['plain.txt', 'drawing.svg']) {
    it(`stays out of the way on a document that is not HTML (${doc})`, async () => {
      await open(doc);
      await page.waitForTimeout(1500);
      // Either the content script is not run at all, or it stops at once.
      const states = await runStates(page);
      expect(states.every((s) => s !== 'article')).toBe(true);
      expect(total(await highlightCounts(page))).toBe(0);
      expect(await isolatedEval<number>(page, `document.querySelectorAll('sourcelight-card').length`)).toBe(0);
      expect(ourErrors).toEqual([]);
    });
  }

  it('made no network request on any of these pages', () => {
    expect(suite.ext.extensionRequests).toEqual([]);
    expect(suite.ext.blockedRequests).toEqual([]);
    expect(suite.server.requests.filter((p) => !isExpectedPath(p))).toEqual([]);
  });
});
