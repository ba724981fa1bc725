/**
 * `npm run bench`: how much Sourcelight costs, beside what its peers cost in the
 * same run (a regex word scan for the analyzer; Readability and a bare text walk in
 * the same page for the content script; Readability's own size for the bundle), so
 * ratios hold on a noisy machine. Prints tables, writes artifacts/bench.json, and
 * asserts nothing: the bars are printed as met or not met, never as an exit code.
 *
 * Options: --reps N (loads per page, default 3), --pages N (first N real pages),
 * --no-build (use the existing build), --no-browser (Node parts only),
 * --dump-traces [DIR] (write each page's traced load, default artifacts/bench-traces,
 * to check by hand which tasks scripts/bench/trace.ts counts as ours),
 * --no-floor (skip the reference extensions of scripts/bench/floor.ts).
 * The build is SOURCELIGHT_OUT_DIR (default .output); ../shared may be moved with
 * SOURCELIGHT_SHARED, and the parts that need it are skipped when it is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../utils/page/extract';
import { benchAnalyzer, benchHostileShapes, benchScaling, type AnalyzerBench, type ScalingRow } from './bench/analyzer';
import { benchBundle, readabilitySize, type BundleSize } from './bench/bundle';
import { benchChromium, type ChromiumBench, type PageRow } from './bench/chromium';
import { loadCorpus, medianLengthPage, sharedDir } from './bench/corpus';
import { benchFloor, type FloorBench } from './bench/floor';
import { benchBackgroundReady, type ReadyBench } from './bench/background-ready';
import { sectionFrontPage } from './bench/pages';
import { median, round } from './bench/stats';
import { table } from './bench/table';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
};
const reps = option('--reps', 3);
const pageLimit = option('--pages', Infinity);
const outDir = process.env.SOURCELIGHT_OUT_DIR ?? '.output';
const dumpAt = args.indexOf('--dump-traces');
const dumpTraces = dumpAt < 0 ? undefined : resolve(root, args[dumpAt + 1] && !args[dumpAt + 1].startsWith('--') ? args[dumpAt + 1] : 'artifacts/bench-traces');
const build = join(root, outDir, 'chrome-mv3');

const shared = sharedDir(root);
const corpus = shared ? loadCorpus(shared) : [];
if (!shared) console.log('! ../shared not found (set SOURCELIGHT_SHARED to point elsewhere): skipping the real-page and corpus parts.');

const demoHtml = readFileSync(join(root, 'demo/article.html'), 'utf8');
const demoText = extractArticle(parseHTML(demoHtml).document as unknown as Document)?.text ?? '';
const typical = corpus.length ? medianLengthPage(corpus) : null;
const repeatText = typical ? { title: `${typical.id} (article text)`, text: typical.text } : { title: 'demo article', text: demoText };

// ---- Node: the analyzer -------------------------------------------------------
let analyzer: AnalyzerBench | null = null;
if (corpus.length) {
  console.log(`▶ analyzer over ${corpus.length} article texts`);
  analyzer = benchAnalyzer(corpus);
}
console.log(`▶ analyzer scaling on ${typical ? typical.id : 'the demo article'}`);
const scaling: ScalingRow[] = benchScaling(repeatText.text);
console.log('▶ analyzer on hostile shapes');
const shapes = benchHostileShapes();

// ---- Build and bundle ---------------------------------------------------------
if (!args.includes('--no-build')) {
  console.log(`▶ building into ${outDir}`);
  const res = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, SOURCELIGHT_OUT_DIR: outDir }, encoding: 'utf8' });
  if (res.status !== 0) {
    console.error(res.stdout, res.stderr);
    console.error('the build failed; nothing more to measure');
    process.exit(1);
  }
}
const bundle: BundleSize[] = benchBundle(build);
const peerSize = await readabilitySize();

// ---- Chromium -------------------------------------------------------------------
let chromium: ChromiumBench | null = null;
if (!args.includes('--no-browser')) {
  const pages = corpus.slice(0, pageLimit);
  console.log(`▶ Chromium: ${pages.length} real pages and 5 made-up pages, ${reps} timed loads and 1 traced load each`);
  try {
    chromium = await benchChromium({ corpus: pages, demoHtml, repeatText, reps, dumpTraces }, (l) => console.log(l));
  } catch (err) {
    console.log(`! Chromium part stopped: ${(err as Error).message}`);
  }
}

let ready: ReadyBench | null = null;
if (!args.includes('--no-browser')) {
  console.log('▶ background: ready mark after a cold worker start, 5 fresh launches');
  try {
    ready = await benchBackgroundReady(5);
  } catch (err) {
    console.log(`! background part stopped: ${(err as Error).message}`);
  }
}

// ---- The floor: what any extension pays (scripts/bench/floor.ts) ---------------
// The same two pages the summary leans on: the page that is not an article, and the
// median-length real page. Sourcelight is measured again beside the references, in
// its own browser with as many traced loads, so the columns compare like with like.
const FRONT_LABEL = 'not an article (section front)';
const FLOOR_LOADS = 7;
let floor: FloorBench | null = null;
if (!args.includes('--no-browser') && !args.includes('--no-floor')) {
  const floorPages = [{ label: FRONT_LABEL, html: sectionFrontPage() }];
  // A doctype, as benchChromium gives real pages (saved without one: quirks mode otherwise).
  if (typical) floorPages.push({ label: typical.id, html: '<!DOCTYPE html>\n' + readFileSync(typical.htmlPath, 'utf8') });
  console.log(`▶ floor: reference extensions and Sourcelight, each in its own Chromium, ${FLOOR_LOADS} traced loads on ${floorPages.length} pages`);
  try {
    floor = await benchFloor({ pages: floorPages, loads: FLOOR_LOADS, sourcelightBuild: build }, (l) => console.log(l));
  } catch (err) {
    console.log(`! floor part stopped: ${(err as Error).message}`);
  }
}

// ---- Report -------------------------------------------------------------------
const out: string[] = [];
if (analyzer) {
  out.push(
    table('Analyzer in Node (article texts of ../shared/corpus/news-pages)', ['measure', 'value'], [
      ['articles', analyzer.articles],
      ['words', analyzer.words],
      ['words per second', analyzer.wordsPerSecond],
      [`  beside: ${analyzer.reference.name}`, analyzer.reference.wordsPerSecond],
      ['ms per article, median', analyzer.msPerArticle.median],
      ['ms per article, p95', analyzer.msPerArticle.p95],
      [`ms per article, max (${analyzer.slowest.id}, ${analyzer.slowest.words} words)`, analyzer.msPerArticle.max],
    ]),
  );
}
out.push(table(`Analyzer scaling (${repeatText.title} repeated)`, ['copies', 'chars', 'ms', 'ms per copy'], scaling.map((r) => [r.copies, r.chars, r.ms, r.msPerCopy])));
out.push(
  table(
    'Analyzer on hostile shapes (ms per 10k characters should stay flat)',
    ['shape', ...shapes[0].rows.map((r) => `${r.chars / 1000}k chars ms`), ...shapes[0].rows.map((r) => `${r.chars / 1000}k ms/10k`)],
    shapes.map((s) => [s.shape, ...s.rows.map((r) => r.ms), ...s.rows.map((r) => r.msPer10k)]),
  ),
);
out.push(
  table('Bundle (Chrome build, minified by the build)', ['part', 'bytes', 'gzip bytes'], [
    ...bundle.map((b) => [b.name, b.bytes, b.gzip]),
    ...(peerSize ? [[peerSize.name, peerSize.bytes, peerSize.gzip]] : []),
  ]),
);

let summary: Record<string, number | null> = {};
if (chromium) {
  const rowsOf = (rows: PageRow[]) =>
    rows.map((r) => [
      r.page,
      r.state,
      r.textNodes,
      r.painted,
      r.total,
      r.busy,
      r.evaluate,
      r.afterDone,
      r.window,
      r.longestTask,
      r.longestAnyTask,
      r.paintFrame,
      r.worker,
      r.readability,
      r.walk,
      r.paintedVsReadability,
      r.busyVsReadability,
      r.paintedVsWalk,
      r.busyVsWalk,
    ]);
  const header = [
    'page',
    'state',
    'text nodes',
    'painted ms',
    'done ms',
    'busy ours ms',
    'eval ms',
    'ours after done ms',
    'window ms',
    'longest ours ms',
    'longest any ms',
    'frame after paint ms',
    'worker ms',
    'Readability ms',
    'walk ms',
    'painted/Rdb',
    'busy/Rdb',
    'painted/walk',
    'busy/walk',
  ];
  out.push(
    '\npainted: content script start → the first run\'s highlights registered (its painted mark; the done mark when it paints nothing); wall clock, median of the timed loads\n' +
      'done: start → the first run\'s done mark, after the claim-memory lookup (a second round trip to the background)\n' +
      'From one traced load (tracing slows the page):\n' +
      '  busy ours: main-thread time of the tasks that ran our code, injection to done mark: the content script\'s injection and evaluation, its\n' +
      '    continuations (storage and message replies, timers, scheduler.yield), style/layout forced inside them; in a task shared with page\n' +
      '    script or a rendering frame only our part counts (rule: scripts/bench/trace.ts classify); eval: of busy ours, evaluating content.js\n' +
      '  ours after done: our tasks in the 50 ms after the done mark (badge message, late replies, ports closing), not in busy ours\n' +
      '  window: the old figure, every main-thread task from content.js\'s evaluation to 50 ms after done: the page\'s own first paint, scripts\n' +
      '    and frames, GC and Playwright\'s DevTools calls included; an upper bound, not our cost\n' +
      '  longest ours: our longest task (our part of a shared one); longest any: the longest task of any kind in the window, DevTools calls\n' +
      '    left out: often the page\'s own work, but a rendering frame right after we register highlights may be caused by us\n' +
      '  frame after paint: the first rendering frame after our painted mark (the page drawing our highlights, and whatever else changed)\n' +
      `  worker: CPU of the extension's service worker thread from content.js's evaluation to done (all of it ours; not in busy ours)${chromium.traceScope === 'page' ? ' — not measured: the trace came from the page session and does not see the worker' : ''}\n` +
      'Rdb: new Readability(document.cloneNode(true)).parse(); walk: one TreeWalker pass reading every text node; both in the same page after our run\n' +
      'painted/x: within each timed load (median); busy/x: within the traced load (Readability and walk traced too)',
  );
  if (chromium.corpus.length) out.push(table(`Chromium, real pages (${reps} timed loads + 1 traced load each)`, header, rowsOf(chromium.corpus)));
  out.push(table('Chromium, made-up pages', header, rowsOf(chromium.synthetic)));
  const c = chromium.corpus;
  const nums = (f: (r: PageRow) => number | null) => c.map(f).filter((x): x is number => x !== null);
  const med = (f: (r: PageRow) => number | null, digits = 2) => (nums(f).length ? round(median(nums(f)), digits) : null);
  const front = chromium.synthetic.find((r) => r.page.startsWith('not an article'));
  const x20 = chromium.synthetic.find((r) => r.page === 'article x20');
  const allRows = [...c, ...chromium.synthetic];
  const traced = allRows.some((r) => r.longestTask !== null);
  summary = {
    medianOursMs: med((r) => r.total),
    medianPaintedMs: med((r) => r.painted),
    medianReadabilityMs: med((r) => r.readability),
    medianWalkMs: med((r) => r.walk, 3),
    medianOursOverReadability: med((r) => r.vsReadability, 3),
    medianOursOverWalk: med((r) => r.vsWalk, 2),
    medianPaintedOverReadability: med((r) => r.paintedVsReadability, 3),
    medianPaintedOverWalk: med((r) => r.paintedVsWalk, 2),
    medianBusyMs: med((r) => r.busy),
    medianWindowMs: med((r) => r.window),
    medianScriptEvaluationMs: med((r) => r.evaluate),
    medianWorkerMs: med((r) => r.worker),
    medianBusyOverReadability: med((r) => r.busyVsReadability, 3),
    medianBusyOverWalk: med((r) => r.busyVsWalk, 2),
    longestTaskAnyPageMs: traced ? round(Math.max(...allRows.map((r) => r.longestTask ?? 0))) : null,
    pagesWithTaskOver50: traced ? allRows.filter((r) => (r.longestTask ?? 0) > 50).length : null,
    // The frame that draws our highlights is caused by us though none of our script
    // runs in it (it also holds whatever rendering the page had pending): counted
    // with our own tasks for the bar on the longest task we cause.
    longestCausedTaskAnyPageMs: traced ? round(Math.max(...allRows.map((r) => Math.max(r.longestTask ?? 0, r.paintFrame ?? 0)))) : null,
    pagesWithCausedTaskOver50: traced ? allRows.filter((r) => Math.max(r.longestTask ?? 0, r.paintFrame ?? 0) > 50).length : null,
    longestAnyKindTaskAnyPageMs: traced ? round(Math.max(...allRows.map((r) => r.longestAnyTask ?? 0))) : null,
    longestWorkerTaskAnyPageMs: allRows.some((r) => r.workerLongestTask !== null) ? round(Math.max(...allRows.map((r) => r.workerLongestTask ?? 0))) : null,
    article20xMs: x20?.total ?? null,
    article20xLongestTaskMs: x20?.longestTask ?? null,
    notArticleMs: front?.total ?? null,
    notArticleBusyMs: front?.busy ?? null,
    notArticleWindowMs: front?.window ?? null,
    notArticleOursAfterDoneMs: front?.afterDone ?? null,
  };
}

if (floor) {
  // Sourcelight's row from the main Chromium run (one traced load per page) as well,
  // when that run included the page: the median-length page may be past --pages.
  const mainRow = (label: string) => [...(chromium?.corpus ?? []), ...(chromium?.synthetic ?? [])].find((r) => r.page === label);
  const mainRows = floor.pages.flatMap((p) => {
    const r = mainRow(p);
    return r ? [['sourcelight, main run (1 traced load)', p, r.busy, null, r.evaluate, r.afterDone, r.total]] : [];
  });
  out.push(
    '\nfloor: reference extensions written at run time (scripts/bench/floor.ts), each in its own Chromium, measured as Sourcelight is\n' +
      '(trace.ts busy ours and eval), median of ' + floor.loads + ' traced loads after one warm-up load; ' +
      floor.rows.map((r) => `${r.extension}: ${r.description}`).join('; ') +
      '\nafter done: the extension\'s tasks in the 50 ms after its done mark. The floor marks done when its storage read returns, so that\n' +
      'reply is in its busy; Sourcelight marks done on a rejected page before its settings read returns, so there the reply is in after done.\n' +
      'busy min: the least of the traced loads (the spread on a shared machine is wide); span: start → done mark, wall clock, in the\n' +
      'warm-up load (for the floor, the storage round trip; for the main run\'s row, its done ms)',
  );
  out.push(
    table(
      'floor: the least an extension that answers its popup pays',
      ['extension', 'page', 'busy ours ms', 'busy min ms', 'eval ms', 'after done ms', 'span ms'],
      [
        ...floor.rows.flatMap((r) =>
          floor!.pages.map((p) => {
            const c = r.cells[p];
            return [r.extension, p, c?.busy ?? null, c?.busyMin ?? null, c?.evaluate ?? null, c?.afterDone ?? null, c?.span ?? null];
          }),
        ),
        ...mainRows,
      ],
    ),
  );
}

// The bars, printed beside the figures (not asserted: this is a measurement).
const cs = bundle.find((b) => b.name === 'content script (js + css)');
const bars: [string, number | null, string, boolean | null][] = [
  ['analyzer words per second', analyzer?.wordsPerSecond ?? null, '>= 150,000', analyzer ? analyzer.wordsPerSecond >= 150_000 : null],
  ['analyzer ms per copy, 64 copies ÷ 1 copy', round(scaling.at(-1)!.msPerCopy / scaling[0].msPerCopy), '≈ 1 (linear)', scaling.at(-1)!.msPerCopy / scaling[0].msPerCopy < 2],
  [
    'hostile shapes: worst ms/10k growth, 400k ÷ 25k',
    round(Math.max(...shapes.map((s) => s.rows.at(-1)!.msPer10k / s.rows[0].msPer10k))),
    '≈ 1 (linear)',
    Math.max(...shapes.map((s) => s.rows.at(-1)!.msPer10k / s.rows[0].msPer10k)) < 2,
  ],
  ['content script gzip KB', cs ? round(cs.gzip / 1024, 1) : null, '<= 60', cs ? cs.gzip <= 60 * 1024 : null],
  ['background ready after a cold worker start, ms (median of 5)', ready?.median ?? null, '<= 300', ready ? ready.median <= 300 : null],
  // The span ends when the highlights are painted: the painted span, not done.
  ['median page: span (to painted) ÷ Readability', summary.medianPaintedOverReadability ?? null, '<= 0.5', summary.medianPaintedOverReadability == null ? null : summary.medianPaintedOverReadability <= 0.5],
  // The cost bars use our tasks only (busy ours), not the whole window.
  ['median page: busy ours ÷ Readability', summary.medianBusyOverReadability ?? null, '<= 0.5', summary.medianBusyOverReadability == null ? null : summary.medianBusyOverReadability <= 0.5],
  ['median page: span (to painted) ÷ bare walk', summary.medianPaintedOverWalk ?? null, '<= 3', summary.medianPaintedOverWalk == null ? null : summary.medianPaintedOverWalk <= 3],
  ['median page: busy ours ÷ bare walk', summary.medianBusyOverWalk ?? null, '<= 3', summary.medianBusyOverWalk == null ? null : summary.medianBusyOverWalk <= 3],
  ['longest of our tasks on any page, ms', summary.longestTaskAnyPageMs ?? null, '<= 50', summary.pagesWithTaskOver50 == null ? null : summary.pagesWithTaskOver50 === 0],
  [
    'longest task we cause on any page (ours, or the frame that draws our highlights), ms',
    summary.longestCausedTaskAnyPageMs ?? null,
    '<= 50',
    summary.pagesWithCausedTaskOver50 == null ? null : summary.pagesWithCausedTaskOver50 === 0,
  ],
  ['article x20: longest of our tasks, ms', summary.article20xLongestTaskMs ?? null, '<= 50', summary.article20xLongestTaskMs == null ? null : summary.article20xLongestTaskMs <= 50],
  ['not an article: span, ms', summary.notArticleMs ?? null, '< 1', summary.notArticleMs == null ? null : summary.notArticleMs < 1],
  ['not an article: busy ours (injection and script evaluation included), ms', summary.notArticleBusyMs ?? null, '< 1', summary.notArticleBusyMs == null ? null : summary.notArticleBusyMs < 1],
];
out.push(table('Bars (issue 7)', ['bar', 'measured', 'target', 'met'], bars.map(([n, v, t, ok]) => [n, v ?? 'not measured', t, ok === null ? '' : ok ? 'yes' : 'NO'])));
console.log(out.join('\n'));

mkdirSync(join(root, 'artifacts'), { recursive: true });
const json = {
  when: new Date().toISOString(),
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  reps,
  shared: shared !== null,
  analyzer,
  scaling,
  hostileShapes: shapes,
  bundle: bundle.map(({ files: _files, ...b }) => b),
  peerBundle: peerSize ? { name: peerSize.name, bytes: peerSize.bytes, gzip: peerSize.gzip } : null,
  chromium,
  floor,
  backgroundReady: ready,
  summary,
  bars: bars.map(([bar, measured, target, met]) => ({ bar, measured, target, met })),
};
writeFileSync(join(root, 'artifacts/bench.json'), JSON.stringify(json, null, 2) + '\n');
console.log('\nwrote artifacts/bench.json');
