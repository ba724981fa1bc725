/**
 * `npm run pages -- --browser firefox`: the real pages of ../shared/corpus/news-pages
 * in headless Firefox ESR with the built MV2 add-on, measured as scripts/pages.ts
 * measures them in Chromium (same serving, same scores), so the two can be read
 * side by side. Writes artifacts/pages-firefox.json.
 *
 * Errors are the extension's uncaught errors and console errors as Firefox prints
 * them. Requests are those extension code made in the page (by the initiator
 * WebDriver BiDi reports) and any that reached the trap proxy for a host the page
 * itself did not ask for (the extension's own pages and background page included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from '../../tests/e2e/support/browser';
import { FIREFOX_BUILD, launchFirefoxWithExtension, mutationsIn, watchMutationsIn } from '../../tests/e2e/support/firefox';
import { coverage, type GoldSentence } from './coverage';
import { aggregate, shingleScore, type PageScore } from './metric';

export async function runPagesInFirefox(args: string[]): Promise<void> {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const shared = process.env.SOURCELIGHT_SHARED ? resolve(process.env.SOURCELIGHT_SHARED) : resolve(ROOT, '../shared');
  const corpusDir = join(shared, 'corpus/news-pages');
  const goldDir = join(shared, 'gold/news-pages');
  if (!existsSync(corpusDir)) {
    console.log(`npm run pages: skipped — no real pages at ${corpusDir} (set SOURCELIGHT_SHARED to the shared material).`);
    return;
  }
  if (args.includes('--build') || !existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    console.log(`Building the Firefox add-on into ${FIREFOX_BUILD}.`);
    const res = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit', cwd: ROOT, env: process.env });
    if (res.status !== 0) process.exit(1);
  }
  const ids = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html') && existsSync(join(corpusDir, f.replace(/\.html$/, '.txt'))))
    .map((f) => f.replace(/\.html$/, ''))
    .filter((id) => !only || id.includes(only))
    .sort();

  // Served as scripts/pages.ts serves them: a doctype added, the pages' own scripts off.
  const server = createServer((req, res) => {
    const m = /^\/([\w.-]+)\.html$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!m || !ids.includes(m[1])) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const html = readFileSync(join(corpusDir, `${m[1]}.html`), 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'", 'cache-control': 'no-store' });
    res.end(`<!DOCTYPE html>\n${html}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const ff = await launchFirefoxWithExtension();
  console.log(`${await ff.browser.version()}, ${ids.length} pages`);
  const rows: Row[] = [];
  try {
    const page = await ff.newPage();
    await watchMutationsIn(page);
    // The page's own requests, as WebDriver BiDi reports them with their initiator:
    // the trap also catches the pages' images and styles, which are not ours.
    const pageRequests: { url: string; fromExtension: boolean }[] = [];
    page.on('request', (r) => {
      const frames = r.initiator()?.stack?.callFrames ?? [];
      pageRequests.push({ url: r.url(), fromExtension: frames.some((f) => f.url.startsWith('moz-extension://')) });
    });
    await page.goto(`${origin}/none`);
    const tabId = await ff.tabIdOf(page);
    let seenErrors = 0;
    let seenRequests = 0;
    for (const id of ids) {
      let obs: Observation;
      try {
        await page.goto(`${origin}/${id}.html`, { waitUntil: 'load', timeout: 30_000 });
        obs = await observe(page, 20_000);
        obs.report = await reportOf(ff.inExtension, tabId).catch(() => null);
      } catch (err) {
        obs = { report: null, highlighted: [], mutations: 0, paintedAtMs: null, afterLoadMs: null, workMs: null, harness: (err as Error).message };
      }
      const errors = ff.extensionErrors().slice(seenErrors);
      seenErrors += errors.length;
      const trapped = ff.offMachineRequests.slice(seenRequests);
      seenRequests += trapped.length;
      const mine = pageRequests.splice(0);
      const pageHosts = new Set(mine.filter((r) => !r.fromExtension).map((r) => hostOf(r.url)));
      // Ours: what extension code asked for in the page, and whatever left that the page did not ask for.
      const requests = [...mine.filter((r) => r.fromExtension).map((r) => r.url), ...trapped.filter((t) => !pageHosts.has(hostOf(t.split(' ')[1])))];
      const truth = readFileSync(join(corpusDir, `${id}.txt`), 'utf8');
      const score = shingleScore(truth, obs.report?.state === 'article' ? obs.report.text : '');
      const goldPath = join(goldDir, `${id}.jsonl`);
      const c = existsSync(goldPath)
        ? coverage(readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldSentence), obs.highlighted)
        : null;
      const row: Row = {
        id,
        state: obs.report?.state ?? 'no report',
        ...aggregate([score]),
        score,
        goldClaims: c?.claims ?? null,
        covered: c?.covered ?? null,
        errors: obs.harness ? [`harness: ${obs.harness}`, ...errors] : errors,
        requests,
        mutations: obs.mutations,
        paintedAtMs: obs.paintedAtMs,
        afterLoadMs: obs.afterLoadMs,
        workMs: obs.workMs,
      };
      rows.push(row);
      printRow(row, rows.length === 1);
    }
  } finally {
    await ff.close();
    await new Promise<void>((r) => server.close(() => r()));
  }

  const total = aggregate(rows.map((r) => r.score));
  const claims = rows.reduce((n, r) => n + (r.goldClaims ?? 0), 0);
  const covered = rows.reduce((n, r) => n + (r.covered ?? 0), 0);
  const errors = rows.reduce((n, r) => n + r.errors.length, 0);
  const requests = rows.reduce((n, r) => n + r.requests.length, 0);
  const unchanged = rows.filter((r) => r.mutations === 0).length;
  const median = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
    return v.length ? v[Math.floor(v.length / 2)] : null;
  };
  const p90 = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
    return v.length ? v[Math.min(v.length - 1, Math.floor(0.9 * v.length))] : null;
  };
  const summary = {
    browser: 'firefox',
    pages: rows.length,
    extraction: { precision: total.precision, recall: total.recall, f1: total.f1 },
    goldClaims: claims,
    coveredClaims: covered,
    errors,
    requests,
    domUnchangedPages: unchanged,
    paintedAtMs: { median: median(rows.map((r) => r.paintedAtMs)), p90: p90(rows.map((r) => r.paintedAtMs)) },
    afterLoadMs: { median: median(rows.map((r) => r.afterLoadMs)), p90: p90(rows.map((r) => r.afterLoadMs)) },
    workMs: { median: median(rows.map((r) => r.workMs)), p90: p90(rows.map((r) => r.workMs)) },
  };
  console.log('─'.repeat(96));
  console.log(
    `TOTAL ${rows.length} pages in Firefox   extraction P ${total.precision.toFixed(3)} R ${total.recall.toFixed(3)} F1 ${total.f1.toFixed(3)}   ` +
      `claims covered ${covered}/${claims} (${claims ? ((100 * covered) / claims).toFixed(1) : '–'}%)   errors ${errors}   requests ${requests}   ` +
      `DOM unchanged ${unchanged}/${rows.length}   painted ${summary.paintedAtMs.median ?? '–'} ms after navigation start (median; p90 ${summary.paintedAtMs.p90 ?? '–'}), ` +
      `${summary.afterLoadMs.median ?? '–'} ms after load (median; p90 ${summary.afterLoadMs.p90 ?? '–'}), work ${summary.workMs.median ?? '–'} ms (median; p90 ${summary.workMs.p90 ?? '–'})`,
  );
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts/pages-firefox.json'), JSON.stringify({ when: new Date().toISOString(), summary, rows }, null, 1));
  console.log('wrote artifacts/pages-firefox.json');
}

/** The host of `http://h/p`, `https://h/p` or a proxy CONNECT's `h:443`. */
function hostOf(target: string): string {
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
}

interface Observation {
  report: { state: string; text: string } | null;
  highlighted: string[];
  mutations: number;
  paintedAtMs: number | null;
  afterLoadMs: number | null;
  workMs: number | null;
  harness?: string;
}

interface Row {
  id: string;
  state: string;
  precision: number;
  recall: number;
  f1: number;
  score: PageScore;
  goldClaims: number | null;
  covered: number | null;
  errors: string[];
  requests: string[];
  mutations: number;
  paintedAtMs: number | null;
  afterLoadMs: number | null;
  workMs: number | null;
}

/** The content script's report, asked as the popup asks it; only what is scored crosses WebDriver BiDi. */
async function reportOf(inExtension: Awaited<ReturnType<typeof launchFirefoxWithExtension>>['inExtension'], tabId: number): Promise<Observation['report']> {
  return inExtension(async (id: number) => {
    const api = (globalThis as unknown as { browser: { tabs: { sendMessage: (id: number, m: unknown) => Promise<{ res?: { state: string; text?: string } } | undefined> } } }).browser;
    const answer = await api.tabs.sendMessage(id, { id: 1, type: 'getReport', data: undefined, timestamp: Date.now() });
    return answer?.res ? { state: answer.res.state, text: answer.res.text ?? '' } : null;
  }, tabId);
}

/** As run-page.ts's `observe`: waits for the final `sourcelight:done` mark and reads what the page shows. */
async function observe(page: Page, timeoutMs: number): Promise<Observation> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, { timeout: timeoutMs, polling: 100 }).catch(() => undefined);
  const seen = await page.evaluate(() => {
    const highlighted: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-') || name === 'sourcelight-flash') continue;
      for (const r of h) highlighted.push((r as Range).toString());
    }
    const painted = performance.getEntriesByName('sourcelight:painted');
    const start = performance.getEntriesByName('sourcelight:start')[0];
    const done = performance.getEntriesByName('sourcelight:done')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const last = painted.length ? painted[painted.length - 1].startTime : null;
    return {
      highlighted,
      paintedAtMs: last === null ? null : Math.round(last),
      afterLoadMs: last === null || !nav ? null : Math.max(0, Math.round(last - nav.loadEventEnd)),
      workMs: start && done ? Math.round(done.startTime - start.startTime) : null,
    };
  });
  return { report: null, ...seen, mutations: (await mutationsIn(page)).length };
}

function printRow(r: Row, first: boolean): void {
  if (first) console.log(`${'page'.padEnd(28)} ${'state'.padEnd(12)}   P     R     F1   claims   errs reqs  DOM   painted  +load   work`);
  const f3 = (x: number) => x.toFixed(3);
  const claimCell = r.goldClaims === null ? '   –   ' : `${String(r.covered).padStart(3)}/${String(r.goldClaims).padEnd(3)}`;
  const ms = (x: number | null, w: number) => (x === null ? '–'.padStart(w) : `${x} ms`.padStart(w));
  console.log(
    `${r.id.padEnd(28)} ${r.state.slice(0, 12).padEnd(12)} ${f3(r.precision)} ${f3(r.recall)} ${f3(r.f1)} ${claimCell}  ` +
      `${String(r.errors.length).padStart(4)} ${String(r.requests.length).padStart(4)}  ${r.mutations === 0 ? 'same' : `Δ${r.mutations}`.padEnd(4)} ` +
      `${ms(r.paintedAtMs, 7)} ${ms(r.afterLoadMs, 6)} ${ms(r.workMs, 7)}`,
  );
  for (const e of r.errors) console.log(`    error: ${e.slice(0, 200)}`);
}
