import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './browser';
import { recordMutations, recordedMutations } from './in-page';

export const FIREFOX_BUILD = join(ROOT, process.env.SOURCELIGHT_OUT_DIR ?? '.output', 'firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings). */
const ADDON_ID = 'sourcelight@sourcelight.app';

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: the uuid is fixed through a pref, so tests can open the extension's pages. */
  origin: string;
  /**
   * Requests bound off this machine, from anything in the browser: all of them go
   * to a local trap proxy that records them and answers nothing.
   */
  offMachineRequests: string[];
  /** Uncaught errors and `console.error` calls of extension code (and of the pages it runs in), as Firefox printed them. */
  extensionErrors: () => string[];
  newPage: () => Promise<Page>;
  /** Opens one of the extension's own pages (`popup.html?tabId=3`) in a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Reloads an extension page opened with `openExtensionPage`. */
  reloadExtensionPage: (page: Page) => Promise<void>;
  /** The WebExtension tab id of the tab showing `page`, as the popup expects in `?tabId=`. */
  tabIdOf: (page: Page) => Promise<number>;
  openPopup: (tabId: number) => Promise<Page>;
  /**
   * Runs `fn` in an extension page, where `browser` is the WebExtension API and
   * `browser.extension.getBackgroundPage()` is the background page itself. The result
   * crosses WebDriver BiDi, which cuts deep objects short: return flat values.
   */
  inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  close: () => Promise<void>;
}

/** A proxy on 127.0.0.1 that records every request sent through it and answers none. */
async function trapProxy(): Promise<{ port: number; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Firefox's settings for a closed, quiet run: every request that is not for
 * 127.0.0.1 (which Firefox never proxies) goes to the trap, and Firefox's own
 * services (remote settings, experiments) point at a closed local port instead
 * of the trap, so what the trap records is the pages' and the extension's.
 */
function firefoxPrefs(uuid: string, trapPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': trapPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': trapPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'services.settings.server': 'http://127.0.0.1:9/v1',
    'messaging-system.rsexperimentloader.enabled': false,
    'app.normandy.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    // Console calls of web and extension pages go to stdout, where the suite reads
    // them; the browser's own (chrome) messages do not.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': false,
  };
}

/**
 * Launches Firefox ESR headless over WebDriver BiDi and installs the built add-on
 * (.output/firefox-mv2) as a temporary add-on, allowed in private windows.
 */
export async function launchFirefoxWithExtension(
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {},
): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run "npx wxt build -b firefox" first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install firefox-esr (apt-get install -y firefox-esr).`);
  const trap = await trapProxy();
  const uuid = crypto.randomUUID();
  const origin = `moz-extension://${uuid}`;
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-firefox-'));
  // What about:addons' "Run in Private Windows" writes. ESR keeps it in this JSON
  // file, read at startup: short of an enterprise policy, the one way to grant it
  // to a temporary add-on.
  writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify({ [ADDON_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }));
  let output = '';
  let launched: Browser | undefined;
  try {
    launched = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      defaultViewport: options.viewport ?? { width: 1200, height: 900 },
      // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
      args: ['--remote-allow-system-access'],
      // Lets `services.settings.server` (firefoxPrefs) move Firefox's remote-settings client off its real server.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...firefoxPrefs(uuid, trap.port),
        // WebDriver BiDi has no media emulation: the colour scheme pages see is a pref (0 dark, 1 light).
        'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      },
      protocolTimeout: 60_000,
    });
    const proc = launched.process();
    proc?.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc?.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await launched.installExtension(FIREFOX_BUILD);
  } catch (err) {
    // Nothing left running for a suite whose setup failed.
    await launched?.close().catch(() => {});
    await trap.close();
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const browser = launched;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    // BiDi reports no load event for a moz-extension:// document, so the navigation
    // promise never settles: start it and watch the document instead.
    page.goto(url, { timeout: 0 }).catch(() => {});
    for (let i = 0; i < 300; i++) {
      const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      if (href === url) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} never loaded`);
  };

  const reloadExtensionPage = async (page: Page): Promise<void> => {
    // As with opening: no load event arrives, so mark the old document and wait for a new one.
    await page.evaluate(() => {
      (window as unknown as { __old: boolean }).__old = true;
      location.reload();
    });
    for (let i = 0; i < 300; i++) {
      const fresh = await page.evaluate(() => !(window as unknown as { __old?: boolean }).__old && document.readyState === 'complete').catch(() => false);
      if (fresh) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${page.url()} never reloaded`);
  };

  // One extension page stays open for the suite: the tests' way into the WebExtension API.
  const helper = await openExtensionPage('options.html');
  const inExtension = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    helper.evaluate(fn as (a: unknown) => Promise<R>, arg as unknown) as Promise<R>;

  const tabIdOf = async (page: Page): Promise<number> => {
    // The active tab of the window, as the toolbar button would see it; reading
    // tab URLs would need the `tabs` permission we do not ask for.
    await page.bringToFront();
    return inExtension(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id?: number }[]> } } }).browser;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      if (!tab?.id) throw new Error('no active tab');
      return tab.id;
    }, null);
  };

  return {
    browser,
    origin,
    offMachineRequests: trap.requests,
    extensionErrors: () =>
      output
        .split('\n')
        // Uncaught errors name their script's URL: ours, or a page on 127.0.0.1 (the
        // test and corpus pages run no script of their own, so an error there came
        // from code put into them). Console calls of web and extension pages print
        // their arguments quoted, where the browser's own loggers print a `Name:`
        // prefix (`console.error: RSLoader: …`).
        .filter((l) => l.startsWith(`JavaScript error: ${origin}`) || l.startsWith('JavaScript error: http://127.0.0.1') || l.startsWith('console.error: "')),
    newPage: () => browser.newPage(),
    openExtensionPage,
    reloadExtensionPage,
    tabIdOf,
    openPopup: (tabId) => openExtensionPage(`popup.html?tabId=${tabId}`),
    inExtension,
    close: async () => {
      await browser.close().catch(() => {});
      await trap.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records DOM mutations from DOMContentLoaded on, in the page's own world (as `watchMutations` in browser.ts). */
export async function watchMutationsIn(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(recordMutations);
}

export const mutationsIn = (page: Page) => page.evaluate(recordedMutations);

export async function waitForHighlightsIn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('sourcelight-')), { timeout, polling: 100 });
}

/** Waits for the content script's `sourcelight:done` mark (the first analysis, claim library included, finished). */
export async function waitForDoneIn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, { timeout, polling: 100 });
}

/** The text of every range under each `sourcelight-*` highlight (as `highlightedText` in browser.ts). */
export async function highlightedTextIn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      out[name] = [...h].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Polls `read` until `ok` holds for its value (or throws with the last value after `timeout`). */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`gave up waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core in a page as Firefox lays it out, colour contrast included (as fixtures/axe.ts in Chromium). */
export async function axeViolationsIn(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
