import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { TIMING } from '../../utils/timing';
import { endTrace, runCost, startTrace, type RunCost, type TraceEvent, type Tracing } from './trace';

/** One load of one page: Sourcelight's cost and, in the same page, its peers'. */
export interface PageSample {
  /** The report state the content script reached (article, not-article, ...), or 'timeout'. */
  state: string;
  /** Content script start → the first run's done mark (after the claim-memory round trip), ms. */
  total: number | null;
  /**
   * Content script start → the first run's highlights painted (its painted mark),
   * ms; the span. When the first run paints nothing (not an article), its
   * done mark, which then marks the end of all it does.
   */
  painted: number | null;
  /** `new Readability(document.cloneNode(true)).parse()`, ms. */
  readability: number;
  /** A TreeWalker pass reading every text node of the body, ms. */
  walk: number;
  textNodes: number;
}

/*
 * The page-world code below is kept as source strings: tsx compiles functions with
 * helper calls (__name) that do not exist in the page, so functions cannot be
 * passed to page.evaluate from here.
 */

/**
 * Our spans from the start mark, ms, null without the marks: to the first run's
 * done mark (it follows the paint and the claim-memory lookup), and to its paint
 * (the first painted mark before that done mark; a run registers its highlights
 * once). Later runs (the page changed) are not counted.
 */
const READ_OURS = `(() => {
  const at = (n) => performance.getEntriesByName(n).map((e) => e.startTime);
  const s = at(${JSON.stringify(TIMING.start)})[0];
  const done = at(${JSON.stringify(TIMING.done)})[0];
  const paints = at(${JSON.stringify(TIMING.painted)});
  const end = done ?? paints.at(-1);
  const paint = paints.find((p) => done === undefined || p <= done) ?? done;
  const span = (t) => (s !== undefined && t !== undefined ? t - s : null);
  return { total: span(end), painted: span(paint) };
})()`;

/** The floor: one TreeWalker pass reading every text node under the body. */
const WALK = `(() => {
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  while (w.nextNode()) {
    nodes++;
    chars += w.currentNode.data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
})()`;

/** The state of the done mark, or false while the content script has not finished. */
const DONE_STATE = `(() => {
  const e = performance.getEntriesByName(${JSON.stringify(TIMING.done)})[0];
  return e ? String(e.detail ?? 'done') : false;
})()`;

const require = createRequire(import.meta.url);
const READABILITY_SRC = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

/** Loads `url` and waits for Sourcelight's done mark; returns the report state or 'timeout'. */
async function loadAndWait(page: Page, url: string, timeoutMs: number): Promise<string> {
  // Not 'load': a real page may hang on a sub-resource forever; the content script
  // runs at document_idle, which does not wait for load either.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  let state = 'timeout';
  try {
    const handle = await page.waitForFunction(DONE_STATE, undefined, { timeout: timeoutMs, polling: 50 });
    state = String(await handle.jsonValue());
  } catch {
    // Reported as a 'timeout' state: the row shows it rather than the bench dying.
  }
  // Let trailing chunks and the frame that draws the highlights run.
  await page.waitForTimeout(250);
  return state;
}

/** The peers, timed in the page as it stands: a bare text walk, then Readability. */
async function timePeers(page: Page): Promise<{ walk: number; textNodes: number; readability: number }> {
  const walk = (await page.evaluate(WALK)) as { ms: number; nodes: number; chars: number };
  // Compiled outside the timed call; only parse() of a fresh clone is timed.
  const readability = await page.evaluate(`(() => {
    ${READABILITY_SRC}
    const t0 = performance.now();
    new Readability(document.cloneNode(true)).parse();
    return performance.now() - t0;
  })()`);
  return { walk: walk.ms, textNodes: walk.nodes, readability: Number(readability) };
}

/**
 * One timed load: Sourcelight's span, then a bare text walk and Readability in the
 * same page. Peers run after us so they cannot slow us down; the walk runs before
 * Readability so Readability's clone does not warm the walk's caches.
 */
export async function samplePage(page: Page, url: string, timeoutMs = 20_000): Promise<PageSample> {
  const state = await loadAndWait(page, url, timeoutMs);
  const { total, painted } = (await page.evaluate(READ_OURS)) as { total: number | null; painted: number | null };
  return { state, total, painted, ...(await timePeers(page)) };
}

/**
 * One traced load, kept apart from the timed ones because tracing slows the page:
 * the run's CPU cost (`extensionId` tells our tasks from the page's), with the
 * peers timed in the same traced page so the ratios compare like with like (null
 * cost: no marks seen). `dump` receives the raw events, for reading them by hand.
 */
export async function tracedCost(
  page: Page,
  url: string,
  extensionId: string,
  opts: { timeoutMs?: number; dump?: (events: TraceEvent[]) => void } = {},
): Promise<{ cost: RunCost | null; walk: number; readability: number; scope: Tracing['scope'] }> {
  const tracing = await startTrace(page);
  await loadAndWait(page, url, opts.timeoutMs ?? 20_000);
  const peers = await timePeers(page);
  const events = await endTrace(tracing);
  opts.dump?.(events);
  return { cost: runCost(events, extensionId), walk: peers.walk, readability: peers.readability, scope: tracing.scope };
}
