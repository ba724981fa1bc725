import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../../tests/e2e/support/browser';
import { serve, type Route } from '../../tests/e2e/support/server';
import type { CorpusPage } from './corpus';
import { samplePage, tracedCost, type PageSample } from './browser';
import type { RunCost } from './trace';

type Traced = { cost: RunCost | null; walk: number; readability: number; scope: 'browser' | 'page' };
import { fixture } from '../../tests/e2e/hostile/support';
import { repeatedArticlePage, sectionFrontPage } from './pages';
import { median, round } from './stats';

/** One page's medians over its loads, with the ratios taken within each load. */
export interface PageRow {
  page: string;
  state: string;
  textNodes: number;
  /** Start → the first run's done mark (after the claim-memory lookup), ms, median of the timed loads. */
  total: number | null;
  /** Start → the first run's highlights painted (done, when it paints nothing), ms, median of the timed loads. */
  painted: number | null;
  /** Main-thread time of the tasks that ran our code, start to done (injection and script evaluation included), from one traced load, ms. */
  busy: number | null;
  /** Our main-thread time in the 50 ms after the done mark (the run's tail; not in `busy`), ms. */
  afterDone: number | null;
  /** The old whole-window figure: every main-thread task from our script's evaluation to 50 ms after done, the page's own work included, ms. */
  window: number | null;
  /** Of `busy`, evaluating the content script file (main() runs inside it), ms. */
  evaluate: number | null;
  /** Longest of our main-thread tasks during the run, from the traced load, ms. */
  longestTask: number | null;
  /** Longest main-thread task of any kind in the window (the harness's DevTools calls left out), ms. */
  longestAnyTask: number | null;
  /** The rendering frame right after our highlights were registered, ms (work our paint may cause; not in `busy`). */
  paintFrame: number | null;
  /** How many tasks ran our code, and how many of those also ran page script or a frame (only our part counted). */
  ourTasks: number | null;
  sharedTasks: number | null;
  /** CPU of the extension's service worker in the same span, ms; null when the trace did not see it. */
  worker: number | null;
  /** The service worker's longest task in the span, ms. */
  workerLongestTask: number | null;
  readability: number;
  walk: number;
  /** Our total ÷ Readability's time, median over loads. */
  vsReadability: number | null;
  /** Our total ÷ the bare walk's time, median over loads. */
  vsWalk: number | null;
  /** Our painted span ÷ Readability's time, median over loads. */
  paintedVsReadability: number | null;
  /** Our painted span ÷ the bare walk's time, median over loads. */
  paintedVsWalk: number | null;
  /** Our main-thread time ÷ Readability's, both in the traced load. */
  busyVsReadability: number | null;
  /** Our main-thread time ÷ the bare walk's, both in the traced load. */
  busyVsWalk: number | null;
}

function summarise(page: string, samples: PageSample[], traced: Traced | null): PageRow {
  const cost = traced?.cost ?? null;
  const totals = samples.map((s) => s.total).filter((t): t is number => t !== null);
  const paints = samples.map((s) => s.painted).filter((t): t is number => t !== null);
  const ratio = (peer: (s: PageSample) => number, ours: (s: PageSample) => number | null = (s) => s.total) => {
    const r = samples.filter((s) => ours(s) !== null && peer(s) > 0).map((s) => (ours(s) as number) / peer(s));
    return r.length ? round(median(r), 3) : null;
  };
  const opt = (x: number | null | undefined) => (x === null || x === undefined ? null : round(x));
  const readability = median(samples.map((s) => s.readability));
  const walk = median(samples.map((s) => s.walk));
  const over = (x: number | undefined, peer: number) => (x !== undefined && peer > 0 ? round(x / peer, 3) : null);
  return {
    page,
    state: samples.map((s) => s.state).sort((a, b) => samples.filter((s) => s.state === b).length - samples.filter((s) => s.state === a).length)[0],
    textNodes: samples[0]?.textNodes ?? 0,
    total: totals.length ? round(median(totals)) : null,
    painted: paints.length ? round(median(paints)) : null,
    busy: opt(cost?.busy),
    afterDone: opt(cost?.afterDone),
    window: opt(cost?.window),
    evaluate: opt(cost?.evaluate),
    longestTask: opt(cost?.longest),
    longestAnyTask: opt(cost?.longestAny),
    paintFrame: opt(cost?.paintFrame),
    ourTasks: cost ? cost.tasks : null,
    sharedTasks: cost ? cost.shared : null,
    worker: opt(cost?.worker),
    workerLongestTask: opt(cost?.workerLongest),
    readability: round(readability),
    walk: round(walk, 3),
    vsReadability: ratio((s) => s.readability),
    vsWalk: ratio((s) => s.walk),
    paintedVsReadability: ratio((s) => s.readability, (s) => s.painted),
    paintedVsWalk: ratio((s) => s.walk, (s) => s.painted),
    busyVsReadability: traced ? over(cost?.busy, traced.readability) : null,
    busyVsWalk: traced ? over(cost?.busy, traced.walk) : null,
  };
}

export interface ChromiumBench {
  corpus: PageRow[];
  synthetic: PageRow[];
  /** Where the traces came from: 'browser' sees the service worker too; 'page' only the page's renderer. */
  traceScope: 'browser' | 'page' | null;
}

/**
 * Loads every page `reps` times (plus once traced) in one Chromium with the built extension, one tab,
 * the network closed. Real pages get a doctype (they were saved without one, which
 * would put them in quirks mode). `log` gets one line per page as it finishes.
 */
export async function benchChromium(
  opts: { corpus: CorpusPage[]; demoHtml: string; repeatText: { title: string; text: string }; reps: number; dumpTraces?: string },
  log: (line: string) => void,
): Promise<ChromiumBench> {
  const routes = new Map<string, string>();
  for (const p of opts.corpus) routes.set(`/corpus/${p.id}.html`, p.htmlPath);
  const synthetic: Record<string, string> = {
    'not an article (section front)': sectionFrontPage(),
    'demo article': opts.demoHtml,
    'article x20': repeatedArticlePage(opts.repeatText.title, opts.repeatText.text, 20),
    // Two of the hostile test pages (tests/e2e/hostile), for their cost rather than their survival.
    'hostile: 200,000 text nodes': fixture('many-nodes.html'),
    'hostile: DOM 5,000 deep': fixture('deep.html'),
  };
  const server = await serve((url): Route | null => {
    const file = routes.get(url.pathname);
    if (file) return { body: '<!DOCTYPE html>\n' + readFileSync(file, 'utf8') };
    const name = decodeURIComponent(url.pathname.replace(/^\/synthetic\//, ''));
    return url.pathname.startsWith('/synthetic/') && synthetic[name] ? { body: synthetic[name] } : null;
  });
  const ext = await launchWithExtension();
  try {
    let page = await ext.context.newPage();
    let timeouts = 0;
    let traceScope: ChromiumBench['traceScope'] = null;
    if (opts.dumpTraces) mkdirSync(opts.dumpTraces, { recursive: true });
    // One file per page, named after it, for reading the attribution by hand.
    const dumpFor = (label: string) =>
      opts.dumpTraces
        ? (events: unknown[]) =>
            writeFileSync(join(opts.dumpTraces as string, `${label.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify({ extensionId: ext.extensionId, events }))
        : undefined;
    // Uncaught errors of the extension's content script surface as page errors, with
    // its chrome-extension:// URL in the stack: printed, because they void the figures.
    const watch = (p: typeof page) =>
      p.on('pageerror', (err) => {
        if (err.stack?.includes('chrome-extension://')) log(`  ! uncaught in the content script: ${err.message}`);
      });
    watch(page);
    const run = async (label: string, url: string): Promise<PageRow> => {
      const samples: PageSample[] = [];
      let traced: Traced | null = null;
      try {
        for (let i = 0; i < opts.reps; i++) {
          samples.push(await samplePage(page, url));
          // A page the content script never finishes is not worth more loads.
          if (samples[0].state === 'timeout') break;
        }
        if (samples[0].state !== 'timeout') {
          traced = await tracedCost(page, url, ext.extensionId, { dump: dumpFor(label) });
          traceScope = traced.scope;
        }
      } catch (err) {
        // Some saved pages navigate themselves away (scripted redirects): a fresh
        // tab keeps that from spilling into the next page.
        log(`  ! ${label}: ${(err as Error).message.split('\n')[0]}`);
        await page.close().catch(() => undefined);
        page = await ext.context.newPage();
        watch(page);
      }
      if (samples.length === 0) samples.push({ state: 'failed to load', total: null, painted: null, readability: NaN, walk: NaN, textNodes: 0 });
      const row = summarise(label, samples, traced);
      timeouts = row.state === 'timeout' ? timeouts + 1 : 0;
      if (timeouts >= 3) throw new Error('the content script finished on none of three pages in a row: is the build broken? (see the page errors above)');
      log(
        `  ${label}: ${row.state}, painted ${row.painted ?? '–'} ms, done ${row.total ?? '–'} ms (busy ours ${row.busy ?? '–'} ms of window ${row.window ?? '–'} ms, worker ${row.worker ?? '–'} ms), ` +
          `Readability ${row.readability} ms, walk ${row.walk} ms, longest task ours ${row.longestTask ?? '–'} ms, any ${row.longestAnyTask ?? '–'} ms`,
      );
      return row;
    };
    const corpus: PageRow[] = [];
    for (const p of opts.corpus) corpus.push(await run(p.id, `${server.origin}/corpus/${p.id}.html`));
    const rows: PageRow[] = [];
    for (const name of Object.keys(synthetic)) rows.push(await run(name, `${server.origin}/synthetic/${encodeURIComponent(name)}`));
    if (ext.extensionRequests.length) log(`  note: the extension made requests: ${ext.extensionRequests.join(', ')}`);
    return { corpus, synthetic: rows, traceScope };
  } finally {
    await ext.close();
    await server.close();
  }
}
