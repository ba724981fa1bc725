import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/support/browser';
import type { PageReport } from '../../utils/report';

/** What one page load in Chromium showed. */
export interface PageObservation {
  report: PageReport | null;
  /** The text of every range under every `sourcelight-*` highlight. */
  highlighted: string[];
  /** Exceptions thrown and console errors logged in the extension's content-script world. */
  errors: string[];
  /** Requests whose initiator is extension code. */
  requests: string[];
  /** DOM mutations seen by an observer installed before the page's first byte. */
  mutations: number;
  /** Milliseconds from navigation start to the last `sourcelight:painted` mark (null: never painted). */
  paintedAtMs: number | null;
  /** Milliseconds from the end of the page's load event to that mark (0 when painted before it). */
  afterLoadMs: number | null;
  /** Milliseconds from the content script's start to its `sourcelight:done` mark. */
  workMs: number | null;
}

/**
 * Watches a tab through the DevTools protocol: which execution contexts are the
 * extension's (so their exceptions and console errors are ours, not the page's),
 * and which requests extension code initiated.
 */
export async function watchExtension(page: Page, ext: ExtensionBrowser): Promise<{ take: () => { errors: string[]; requests: string[] } }> {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const ours = new Set<number>();
  let errors: string[] = [];
  let requests: string[] = [];
  const origin = `chrome-extension://${ext.extensionId}`;
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === origin || e.context.origin.startsWith('chrome-extension://')) ours.add(e.context.id);
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const fromUs = (d.executionContextId !== undefined && ours.has(d.executionContextId)) || (d.url ?? '').startsWith('chrome-extension://');
    if (fromUs) errors.push(d.exception?.description ?? d.text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if ((e.type === 'error' || e.type === 'assert') && ours.has(e.executionContextId)) {
      errors.push(e.args.map((a) => a.value ?? a.description ?? '').join(' '));
    }
  });
  cdp.on('Network.requestWillBeSent', (e) => {
    const init = e.initiator;
    const frames = init.stack?.callFrames ?? [];
    if ((init.url ?? '').startsWith('chrome-extension://') || frames.some((f) => f.url.startsWith('chrome-extension://'))) {
      requests.push(e.request.url);
    }
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  return {
    take: () => {
      const out = { errors, requests };
      errors = [];
      requests = [];
      return out;
    },
  };
}

/** Asks the content script of `tabId` for its report, as the popup does (through the service worker). */
export async function reportOf(ext: ExtensionBrowser, tabId: number): Promise<PageReport | null> {
  const [worker] = ext.context.serviceWorkers();
  return worker.evaluate(async (id: number) => {
    const c = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<{ res?: unknown } | undefined> } } }).chrome;
    // The wire format of @webext-core/messaging: {id, type, data, timestamp} → {res} | {err}.
    const answer = await c.tabs.sendMessage(id, { id: 1, type: 'getReport', data: undefined, timestamp: Date.now() });
    return (answer?.res ?? null) as never;
  }, tabId);
}

/** Waits for the content script's final `sourcelight:done` mark and reads what the page shows. */
export async function observe(page: Page, timeoutMs: number): Promise<Omit<PageObservation, 'report' | 'errors' | 'requests'>> {
  await page
    .waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: timeoutMs })
    .catch(() => undefined);
  return page.evaluate(() => {
    const highlighted: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-') || name === 'sourcelight-flash') continue;
      for (const r of h) highlighted.push((r as Range).toString());
    }
    const painted = performance.getEntriesByName('sourcelight:painted');
    const start = performance.getEntriesByName('sourcelight:start')[0];
    const done = performance.getEntriesByName('sourcelight:done')[0];
    const mutations = (window as unknown as { __mutations?: string[] }).__mutations ?? [];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const last = painted.length ? painted[painted.length - 1].startTime : null;
    return {
      highlighted,
      mutations: mutations.length,
      paintedAtMs: last === null ? null : Math.round(last),
      afterLoadMs: last === null || !nav ? null : Math.max(0, Math.round(last - nav.loadEventEnd)),
      workMs: start && done ? Math.round(done.startTime - start.startTime) : null,
    };
  });
}
