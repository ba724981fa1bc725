import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { TIMING } from '../../utils/timing';
import { endTrace, runCost, startTrace, type RunCost } from './trace';

/** One load of one page: Sourcelight's cost and, in the same page, its peers'. */
export interface PageSample {
  /** The report state the content script reached (article, not-article, ...), or 'timeout'. */
  state: string;
  /** Content script start → the first run done (its highlights painted), ms. */
  total: number | null;
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
 * Our span: start mark → end of the first run (its done mark, which follows its
 * last paint), ms; null without both. Later runs (the page changed) are not counted.
 */
const READ_OURS = `(() => {
  const at = (n) => performance.getEntriesByName(n).map((e) => e.startTime);
  const s = at(${JSON.stringify(TIMING.start)})[0];
  const done = at(${JSON.stringify(TIMING.done)})[0];
  const end = done ?? at(${JSON.stringify(TIMING.painted)}).pop();
  return s !== undefined && end !== undefined ? end - s : null;
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
  const total = (await page.evaluate(READ_OURS)) as number | null;
  return { state, total, ...(await timePeers(page)) };
}

/**
 * One traced load, kept apart from the timed ones because tracing slows the page:
 * the run's main-thread cost, with the peers timed in the same traced page so the
 * ratios compare like with like (null cost: no marks seen).
 */
export async function tracedCost(page: Page, url: string, timeoutMs = 20_000): Promise<{ cost: RunCost | null; walk: number; readability: number }> {
  const cdp = await startTrace(page);
  await loadAndWait(page, url, timeoutMs);
  const peers = await timePeers(page);
  return { cost: runCost(await endTrace(cdp)), walk: peers.walk, readability: peers.readability };
}
