/**
 * `npm run pages`: the content script on the 55 real news pages of
 * ../shared/corpus/news-pages, in headless Chromium with the built extension.
 *
 * Each page is served from 127.0.0.1 as UTF-8 with a doctype added; every other
 * request is blocked. The pages were saved with JavaScript off, so they are served
 * with `Content-Security-Policy: script-src 'none'`: their inline scripts stay off
 * as when they were captured, and any DOM mutation the run sees can only be the
 * extension's. Prints a row per page and a total, and writes artifacts/pages.json.
 *
 * Then the same for ../shared/corpus/extraction-dev (see scripts/pages/dev-corpus.ts):
 * a row per page, the totals against the bars, the worst pages, and
 * artifacts/pages-dev.json.
 *
 *   npm run pages [-- --only <id-substring>] [-- --set news|dev] [-- --verbose] [-- --build] [-- --browser firefox]
 *
 * Uses the build in $SOURCELIGHT_OUT_DIR (default .output); builds it first if
 * absent or when --build is given. --verbose lists each missed gold claim.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { CHROME_BUILD, ROOT, launchWithExtension, tabIdOf, watchMutations } from '../tests/e2e/support/browser';
import { coverage, type GoldSentence } from './pages/coverage';
import { aggregate, shingleScore, type PageScore } from './pages/metric';
import { observe, reportOf, watchExtension, type PageObservation } from './pages/run-page';
import { devPages, scoreDevPage, type DevPage } from './pages/dev-corpus';
import { devSummary, printDevRow, printDevSummary, type DevRow } from './pages/dev-report';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const verbose = args.includes('--verbose');
const rebuild = args.includes('--build');
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'all';

// `--browser firefox`: the same pages and scores in Firefox ESR, by their own runner.
if (args.includes('--browser') && args[args.indexOf('--browser') + 1] === 'firefox') {
  const { runPagesInFirefox } = await import('./pages/firefox');
  await runPagesInFirefox(args);
  process.exit(0);
}

const shared = process.env.SOURCELIGHT_SHARED ? resolve(process.env.SOURCELIGHT_SHARED) : resolve(ROOT, '../shared');
const corpusDir = join(shared, 'corpus/news-pages');
const goldDir = join(shared, 'gold/news-pages');
const devDir = join(shared, 'corpus/extraction-dev');
if (!existsSync(corpusDir) && !existsSync(devDir)) {
  console.log(`npm run pages: skipped — no real pages at ${corpusDir} or ${devDir} (set SOURCELIGHT_SHARED to the shared material).`);
  process.exit(0);
}

if (rebuild || !existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.log(`Building the extension into ${CHROME_BUILD}.`);
  const res = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: ROOT, env: process.env });
  if (res.status !== 0) process.exit(1);
}

const ids = (set === 'dev' || !existsSync(corpusDir) ? [] : readdirSync(corpusDir))
  .filter((f) => f.endsWith('.html') && existsSync(join(corpusDir, f.replace(/\.html$/, '.txt'))))
  .map((f) => f.replace(/\.html$/, ''))
  .filter((id) => !only || id.includes(only))
  .sort();
const devList: DevPage[] = set === 'news' ? [] : devPages(devDir).filter((p) => !only || p.id.includes(only));
const devFiles = new Map(devList.map((p) => [p.id, p.file]));

interface Row {
  id: string;
  state: string;
  precision: number;
  recall: number;
  f1: number;
  score: PageScore;
  goldClaims: number | null;
  covered: number | null;
  goldNonClaims: number | null;
  nonClaimsPainted: number | null;
  errors: string[];
  requests: string[];
  mutations: number;
  paintedAtMs: number | null;
  afterLoadMs: number | null;
  workMs: number | null;
  missed?: string[];
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = /^\/([\w.-]+)\.html$/.exec(url.pathname);
  const d = /^\/dev\/([rt]\/[\w.-]+)\.html$/.exec(url.pathname);
  const file = m && ids.includes(m[1]) ? join(corpusDir, `${m[1]}.html`) : d ? devFiles.get(d[1]) : undefined;
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const html = readFileSync(file, 'utf8');
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "script-src 'none'",
    'cache-control': 'no-store',
  });
  res.end(`<!DOCTYPE html>\n${html}`);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const ext = await launchWithExtension();
const rows: Row[] = [];
const devRows: DevRow[] = [];
try {
  const page = await ext.context.newPage();
  await watchMutations(page);
  const watcher = await watchExtension(page, ext);
  await page.goto(`${origin}/none`);
  const tabId = await tabIdOf(ext, page);
  for (const id of ids) {
    watcher.take();
    let obs: PageObservation;
    try {
      await page.goto(`${origin}/${id}.html`, { waitUntil: 'load', timeout: 30_000 });
      const seen = await observe(page, 20_000);
      const report = await reportOf(ext, tabId).catch(() => null);
      obs = { ...seen, report, ...watcher.take() };
    } catch (err) {
      obs = { report: null, highlighted: [], mutations: 0, paintedAtMs: null, afterLoadMs: null, workMs: null, errors: [`harness: ${(err as Error).message}`], requests: [] };
    }
    const truth = readFileSync(join(corpusDir, `${id}.txt`), 'utf8');
    const text = obs.report?.state === 'article' ? obs.report.text : '';
    const score = shingleScore(truth, text);
    const one = aggregate([score]);
    const goldPath = join(goldDir, `${id}.jsonl`);
    let goldClaims: number | null = null;
    let covered: number | null = null;
    let missed: string[] | undefined;
    let goldNonClaims: number | null = null;
    let nonClaimsPainted: number | null = null;
    if (existsSync(goldPath)) {
      const gold = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldSentence);
      const c = coverage(gold, obs.highlighted);
      goldClaims = c.claims;
      covered = c.covered;
      goldNonClaims = c.nonClaims;
      nonClaimsPainted = c.nonClaimsPainted;
      missed = c.missed.map((s) => `[${s.status}] ${s.text}`);
    }
    const row: Row = {
      id,
      state: obs.report?.state ?? 'no report',
      ...one,
      score,
      goldClaims,
      covered,
      goldNonClaims,
      nonClaimsPainted,
      errors: obs.errors,
      requests: [...obs.requests],
      mutations: obs.mutations,
      paintedAtMs: obs.paintedAtMs,
      afterLoadMs: obs.afterLoadMs,
      workMs: obs.workMs,
      missed,
    };
    rows.push(row);
    printRow(row);
    if (verbose) {
      for (const e of row.errors) console.log(`    error: ${e}`);
      for (const m of row.missed ?? []) console.log(`    missed: ${m.slice(0, 160)}`);
    }
  }
  for (const p of devList) {
    watcher.take();
    let obs: PageObservation;
    try {
      await page.goto(`${origin}/dev/${p.id}.html`, { waitUntil: 'load', timeout: 30_000 });
      const seen = await observe(page, 20_000);
      const report = await reportOf(ext, tabId).catch(() => null);
      obs = { ...seen, report, ...watcher.take() };
    } catch (err) {
      obs = { report: null, highlighted: [], mutations: 0, paintedAtMs: null, afterLoadMs: null, workMs: null, errors: [`harness: ${(err as Error).message}`], requests: [] };
    }
    const text = obs.report?.state === 'article' ? obs.report.text : '';
    // What is painted: the report's claim sentences. On a long page only a window of
    // them around the viewport is registered at a time (paint-window.ts), so the
    // registered ranges would undercount what the reader sees while scrolling.
    const claims = obs.report?.state === 'article' ? obs.report.sentences.filter((s) => s.status !== 'none').map((s) => s.text) : obs.highlighted;
    const row: DevRow = {
      id: p.id,
      article: p.article,
      english: p.english,
      state: obs.report?.state ?? 'no report',
      reason: obs.report?.state === 'not-article' ? obs.report.reason : undefined,
      ...scoreDevPage(p, text, claims),
      errors: obs.errors,
      requests: [...obs.requests],
      mutations: obs.mutations,
    };
    devRows.push(row);
    printDevRow(row, devRows.length === 1);
    if (verbose) for (const e of row.errors) console.log(`    error: ${e}`);
  }
  await page.close();
} finally {
  await ext.close();
  await new Promise<void>((r) => server.close(() => r()));
}
// Requests from the extension's own pages and worker, seen by the launcher.
const extensionPageRequests = [...ext.extensionRequests];

const total = aggregate(rows.map((r) => r.score));
const claims = rows.reduce((n, r) => n + (r.goldClaims ?? 0), 0);
const covered = rows.reduce((n, r) => n + (r.covered ?? 0), 0);
const nonClaims = rows.reduce((n, r) => n + (r.goldNonClaims ?? 0), 0);
const nonClaimsPainted = rows.reduce((n, r) => n + (r.nonClaimsPainted ?? 0), 0);
const errors = rows.reduce((n, r) => n + r.errors.length, 0);
const requests = rows.reduce((n, r) => n + r.requests.length, 0) + extensionPageRequests.length;
const unchanged = rows.filter((r) => r.mutations === 0).length;
const painted = rows.map((r) => r.paintedAtMs).filter((x): x is number => x !== null).sort((a, b) => a - b);
const afterLoad = rows.map((r) => r.afterLoadMs).filter((x): x is number => x !== null).sort((a, b) => a - b);
const work = rows.map((r) => r.workMs).filter((x): x is number => x !== null).sort((a, b) => a - b);
const pct = (xs: number[], p: number) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : null);
if (!rows.length) {
  finishDev();
  process.exit(0);
}
const summary = {
  pages: rows.length,
  extraction: { precision: total.precision, recall: total.recall, f1: total.f1 },
  goldClaims: claims,
  coveredClaims: covered,
  coverage: claims ? covered / claims : null,
  goldNonClaims: nonClaims,
  nonClaimsPainted,
  errors,
  requests,
  domUnchangedPages: unchanged,
  paintedAtMs: { median: pct(painted, 0.5), p90: pct(painted, 0.9), max: painted.at(-1) ?? null },
  afterLoadMs: { median: pct(afterLoad, 0.5), p90: pct(afterLoad, 0.9), max: afterLoad.at(-1) ?? null },
  workMs: { median: pct(work, 0.5), p90: pct(work, 0.9), max: work.at(-1) ?? null },
  bar: {
    f1: total.f1 >= 0.96,
    coverage: claims ? covered / claims >= 0.95 : null,
    errors: errors === 0,
    requests: requests === 0,
    domUnchanged: unchanged === rows.length,
  },
};
console.log('─'.repeat(104));
console.log(
  `TOTAL ${rows.length} pages   extraction P ${f3(total.precision)} R ${f3(total.recall)} F1 ${f3(total.f1)}   ` +
    `claims covered ${covered}/${claims} (${claims ? ((100 * covered) / claims).toFixed(1) : '–'}%)   ` +
    `gold non-claims painted ${nonClaimsPainted}/${nonClaims}   errors ${errors}   requests ${requests}   DOM unchanged ${unchanged}/${rows.length}   ` +
    `painted ${summary.paintedAtMs.median ?? '–'} ms after navigation start (median; p90 ${summary.paintedAtMs.p90 ?? '–'}), ` +
    `${summary.afterLoadMs.median ?? '–'} ms after load (median; p90 ${summary.afterLoadMs.p90 ?? '–'})`,
);
console.log(`bar: ${Object.entries(summary.bar).map(([k, v]) => `${k} ${v === null ? 'n/a (no gold here)' : v ? 'met' : 'NOT met'}`).join(', ')}`);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(join(ROOT, 'artifacts/pages.json'), JSON.stringify({ when: new Date().toISOString(), summary, extensionPageRequests, rows }, null, 1));
console.log('wrote artifacts/pages.json');
finishDev();

function finishDev(): void {
  if (!devRows.length) return;
  const dev = devSummary(devRows, extensionPageRequests.length);
  printDevSummary(dev, devRows);
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts/pages-dev.json'), JSON.stringify({ when: new Date().toISOString(), summary: dev, rows: devRows }, null, 1));
  console.log('wrote artifacts/pages-dev.json');
}

function f3(x: number): string {
  return x.toFixed(3);
}

function printRow(r: Row): void {
  if (rows.length === 1) {
    console.log(`${'page'.padEnd(28)} ${'state'.padEnd(12)}   P     R     F1   claims   errs reqs  DOM   painted  +load   work`);
  }
  const claimCell = r.goldClaims === null ? '   –   ' : `${String(r.covered).padStart(3)}/${String(r.goldClaims).padEnd(3)}`;
  console.log(
    `${r.id.padEnd(28)} ${r.state.slice(0, 12).padEnd(12)} ${f3(r.precision)} ${f3(r.recall)} ${f3(r.f1)} ${claimCell}  ` +
      `${String(r.errors.length).padStart(4)} ${String(r.requests.length).padStart(4)}  ${r.mutations === 0 ? 'same' : `Δ${r.mutations}`.padEnd(4)} ` +
      `${r.paintedAtMs === null ? '     –' : `${r.paintedAtMs} ms`.padStart(7)} ${r.afterLoadMs === null ? '     –' : `${r.afterLoadMs} ms`.padStart(6)} ${r.workMs === null ? '   –' : `${r.workMs} ms`.padStart(7)}`,
  );
}
