/**
 * The floor: what any extension pays to be in a page, measured the same way as
 * Sourcelight (scripts/bench/trace.ts, busy ours and script evaluation).
 *
 * Sourcelight's cost on a page that is not an article is mostly Chromium injecting
 * and evaluating its content script and binding the extension APIs on first use.
 * Part of that no extension can avoid. To tell that part from ours, the bench
 * writes reference extensions at run time (manifest v3, one plain JS content
 * script, no build step) and loads each in its own Chromium:
 *  - 'floor': the least an extension that answers its popup must do: register one
 *    runtime.onMessage listener and read one key from storage.local;
 *  - 'empty': a content script with only the two marks (pure injection cost).
 * Both put Sourcelight's start and done marks (utils/timing.ts) around their work,
 * so the loaders and the trace attribution work on them unchanged.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { serve } from '../../tests/e2e/support/server';
import { CHROMIUM, chromiumArgs } from '../../tests/e2e/support/browser';
import { TIMING } from '../../utils/timing';
import { samplePage, tracedCost } from './browser';
import { median, round } from './stats';

/** Which reference content script to write. */
export type FloorKind = 'floor' | 'empty';

const mark = (name: string, detail?: string) =>
  detail === undefined ? `performance.mark(${JSON.stringify(name)});` : `performance.mark(${JSON.stringify(name)}, { detail: ${JSON.stringify(detail)} });`;

/**
 * The content scripts, as plain JS. 'floor' marks done when the storage read
 * returns, as Sourcelight does on a page it rejects (its done mark follows its
 * first settings read there too); the listener answers as a popup would expect.
 */
const CONTENT: Record<FloorKind, string> = {
  floor: `${mark(TIMING.start)}
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  sendResponse({ state: 'not-article' });
});
chrome.storage.local.get('settings').then(() => {
  ${mark(TIMING.done, 'not-article')}
});
`,
  empty: `${mark(TIMING.start)}
${mark(TIMING.done, 'not-article')}
`,
};

/**
 * Chromium's id for an extension with this manifest `key` (base64 DER public key):
 * the first 128 bits of its SHA-256, each hex digit written as a letter a–p.
 * Giving the manifest a key fixes the id up front: the reference extensions have
 * no service worker to read it from, and the trace attribution needs it.
 */
export function extensionIdOf(keyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(keyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A reference extension written to disk, with the id Chromium will give it. */
export interface FloorExtension {
  kind: FloorKind;
  dir: string;
  extensionId: string;
  /** Removes the directory. */
  remove: () => void;
}

/**
 * Writes a reference extension into a new temp dir. The script lives under
 * content-scripts/ like Sourcelight's, because trace.ts counts script evaluation
 * by that path. Runs on http(s) at document_idle, top frame only, as Sourcelight.
 */
export function writeFloorExtension(kind: FloorKind): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), `sourcelight-floor-${kind}-`));
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const manifest = {
    manifest_version: 3,
    name: `Sourcelight bench ${kind}`,
    version: '0.0.1',
    key,
    // The popup-answering floor reads storage; the empty one asks for nothing.
    permissions: kind === 'floor' ? ['storage'] : [],
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
  };
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content-scripts/content.js'), CONTENT[kind]);
  return { kind, dir, extensionId: extensionIdOf(key), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Launches Chromium with the extension in `dir`, as tests/e2e/support/browser.ts
 * launchWithExtension does (same flags, network closed to all but 127.0.0.1), but
 * for any directory, and without waiting for a service worker the reference
 * extensions do not have. `extensionId` given: used as is; else read from the
 * extension's service worker.
 */
export async function launchExtensionDir(dir: string, extensionId?: string): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension at ${dir}`);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-floor-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(dir),
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return /^https?:\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('chrome-extension://') || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
    let id = extensionId;
    if (!id) {
      let [worker] = context.serviceWorkers();
      if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
      id = new URL(worker.url()).host;
    }
    return { context, extensionId: id, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** One extension's cost on one page: medians over the traced loads. */
export interface FloorCell {
  /** Main-thread time of the extension's tasks, injection to done mark (trace.ts busy), ms. */
  busy: number | null;
  /** Of busy, evaluating the content script, ms. */
  evaluate: number | null;
  /** Our tasks in the 50 ms after done, ms (not in busy). */
  afterDone: number | null;
  /** Start mark → done mark, wall clock, in the untraced warm-up load, ms. */
  span: number | null;
  /** Traced loads that gave figures (out of those tried). */
  loads: number;
  /**
   * The least busy of the traced loads, ms: on a shared machine the spread is wide
   * (the same 300-byte script evaluates in 0.6 ms or 3 ms), and the least is the
   * closest to what the work itself costs.
   */
  busyMin: number | null;
  /** Each traced load's busy and evaluation, ms, for judging the spread. */
  busyEach: number[];
  evaluateEach: number[];
}

/** The floor section of the report: per page, each extension's cell. */
export interface FloorBench {
  pages: string[];
  loads: number;
  /** The extensions measured, in column order: 'empty', 'floor', 'sourcelight'. */
  rows: { extension: string; description: string; extensionId: string; cells: Record<string, FloorCell> }[];
}

const DESCRIPTIONS: Record<string, string> = {
  empty: 'empty content script: the two marks only (pure injection)',
  floor: 'one runtime.onMessage listener + one storage.local.get, storage permission only',
  sourcelight: 'the Sourcelight build, measured the same way in its own browser',
};

/**
 * Measures each extension on each page: one warm-up load (untraced; it also gives
 * the wall-clock span), then `loads` traced loads, medians of each figure. Each
 * extension gets its own Chromium so nothing of one is warm for another.
 */
export async function benchFloor(
  opts: { pages: { label: string; html: string }[]; loads: number; sourcelightBuild?: string },
  log: (line: string) => void,
): Promise<FloorBench> {
  const byPath = new Map(opts.pages.map((p, i) => [`/floor/${i}`, p]));
  const server = await serve((url) => {
    const p = byPath.get(url.pathname);
    return p ? { body: p.html } : null;
  });
  const rows: FloorBench['rows'] = [];
  const targets: { name: string; dir: string; id?: string; remove?: () => void }[] = [];
  try {
    for (const kind of ['empty', 'floor'] as const) {
      const ext = writeFloorExtension(kind);
      targets.push({ name: kind, dir: ext.dir, id: ext.extensionId, remove: ext.remove });
    }
    if (opts.sourcelightBuild) targets.push({ name: 'sourcelight', dir: opts.sourcelightBuild });
    for (const t of targets) {
      const cells: Record<string, FloorCell> = {};
      let browser: Awaited<ReturnType<typeof launchExtensionDir>> | undefined;
      try {
        browser = await launchExtensionDir(t.dir, t.id);
        const page = await browser.context.newPage();
        for (const [path, p] of byPath) {
          const url = server.origin + path;
          const warm = await samplePage(page, url);
          const costs = [];
          for (let i = 0; i < opts.loads; i++) {
            const traced = await tracedCost(page, url, browser.extensionId);
            if (traced.cost) costs.push(traced.cost);
          }
          const med = (xs: number[]) => (xs.length ? round(median(xs)) : null);
          cells[p.label] = {
            busy: med(costs.map((c) => c.busy)),
            evaluate: med(costs.map((c) => c.evaluate)),
            afterDone: med(costs.map((c) => c.afterDone)),
            span: warm.total === null ? null : round(warm.total),
            loads: costs.length,
            busyMin: costs.length ? round(Math.min(...costs.map((c) => c.busy))) : null,
            busyEach: costs.map((c) => round(c.busy)),
            evaluateEach: costs.map((c) => round(c.evaluate)),
          };
          // A cost of zero means the trace did not recognise the extension's tasks (a wrong id): say so.
          const flag = costs.some((c) => c.tasks === 0) ? ' (! no task attributed: is the id right?)' : '';
          log(`  ${t.name} on ${p.label}: ${warm.state}, busy ${cells[p.label].busy ?? '–'} ms [${cells[p.label].busyEach.join(', ')}], eval ${cells[p.label].evaluate ?? '–'} ms${flag}`);
        }
      } finally {
        await browser?.close();
        t.remove?.();
      }
      rows.push({ extension: t.name, description: DESCRIPTIONS[t.name], extensionId: browser.extensionId, cells });
    }
  } finally {
    // Also when a launch failed midway: no temp extension is left behind.
    for (const t of targets) t.remove?.();
    await server.close();
  }
  return { pages: opts.pages.map((p) => p.label), loads: opts.loads, rows };
}
