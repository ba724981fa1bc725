import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { recordMutations, recordedMutations } from './in-page';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, process.env.SOURCELIGHT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Requests that left for anywhere but the local test server or the extension itself. */
  blockedRequests: string[];
  /** Requests the extension's own pages or worker made (there should be none). */
  extensionRequests: string[];
  close: () => Promise<void>;
}

/**
 * Chromium's flags for a run with only the extension in `dir` loaded: no sandbox
 * or GPU (containers), nothing of its own on the network, and DNS answering
 * nothing but 127.0.0.1, so a request elsewhere cannot leave the machine.
 */
export function chromiumArgs(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

/**
 * Launches Debian's Chromium headless with the built extension loaded and the
 * network closed: DNS resolves nothing but 127.0.0.1, and every request to any
 * other origin is aborted and recorded.
 */
export async function launchWithExtension(
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number }; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    throw new Error(`No extension build at ${CHROME_BUILD}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    args: chromiumArgs(CHROME_BUILD),
  });
  const blockedRequests: string[] = [];
  const extensionRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^https?:\/\/127\.0\.0\.1[:/]/.test(url) || url.startsWith('chrome-extension://') || url.startsWith('data:')) {
      return route.continue();
    }
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req: Request) => {
    const frameUrl = safeFrameUrl(req);
    if (frameUrl.startsWith('chrome-extension://') && !req.url().startsWith('chrome-extension://')) extensionRequests.push(req.url());
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    blockedRequests,
    extensionRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(req: Request): string {
  try {
    return req.frame()?.url() ?? '';
  } catch {
    // Service-worker requests have no frame.
    return req.serviceWorker() ? 'chrome-extension://worker' : '';
  }
}

/**
 * Records DOM mutations once the page is parsed, in the page's own world,
 * so a test can prove the extension changed nothing in the page's markup.
 */
export async function watchMutations(page: Page): Promise<void> {
  await page.addInitScript(recordMutations);
}

export const mutationsOf = (page: Page) => page.evaluate(recordedMutations);

/** Waits until Sourcelight has registered at least one highlight (or the timeout passes). */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-')), undefined, { timeout });
}

/** The text of every range under each `sourcelight-*` highlight, read in the page's world. */
export async function highlightedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/**
 * The id Chromium gives the tab showing `page`, as the popup expects in `?tabId=`.
 * Asked of the service worker as "the active tab" after bringing the page to the
 * front, because reading tab URLs would need the `tabs` permission we do not ask for.
 */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const [worker] = ext.context.serviceWorkers();
  return worker.evaluate(async () => {
    // Runs in the extension's service worker, where `chrome` is the extension API.
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
