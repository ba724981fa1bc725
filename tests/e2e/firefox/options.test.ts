import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { axeViolationsIn, highlightedTextIn, launchFirefoxWithExtension, mutationsIn, waitForHighlightsIn, watchMutationsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

/** The input inside the options page's label that starts with `text`. */
async function choice(options: Page, text: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await options.evaluateHandle(
    (t) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(t))?.querySelector('input') ?? null,
    text,
  );
  const el = handle.asElement() as ElementHandle<HTMLInputElement> | null;
  if (!el) throw new Error(`no option "${text}"`);
  return el;
}

describe('options applied live, the badge and the shortcut in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let options: Page;
  let tabId: number;

  /** Messages the tab's content script from an extension page, in the extension's own messaging format. */
  const tell = <T,>(type: string, data?: unknown) =>
    ff.inExtension(
      async ({ tabId, type, data }) => {
        const api = (globalThis as unknown as { browser: { tabs: { sendMessage: (id: number, m: object) => Promise<{ res: unknown }> } } }).browser;
        return (await api.tabs.sendMessage(tabId, { id: 1, type, data, timestamp: Date.now() })).res;
      },
      { tabId, type, data },
    ) as Promise<T>;
  const tellWhenReady = async <T,>(type: string, data?: unknown): Promise<T> => {
    let answer: T | undefined;
    await expect.poll(async () => (answer = await tell<T>(type, data).catch(() => undefined)), { timeout: 15_000 }).toBeDefined();
    return answer!;
  };
  // Firefox's MV2 build has `browserAction` where Chrome's MV3 has `action`.
  const badge = () =>
    ff.inExtension((tabId) => {
      const api = (globalThis as unknown as { browser: { browserAction: { getBadgeText: (d: object) => Promise<string> } } }).browser;
      return api.browserAction.getBadgeText({ tabId });
    }, tabId);
  const painted = async () => Object.keys(await highlightedTextIn(page)).filter((k) => k !== 'sourcelight-flash').sort();
  const highlightBackground = (status: string) =>
    page.evaluate((s) => getComputedStyle(document.querySelector('.story-body p')!, `::highlight(sourcelight-${s})`).backgroundColor, status);

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    ff = await launchFirefoxWithExtension({ viewport: { width: 1100, height: 700 } });
    page = await ff.newPage();
    await watchMutationsIn(page);
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
    tabId = await ff.tabIdOf(page);
    options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('h1');
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('has no accessibility violations, colour contrast included (dark: dark.test.ts)', async () => {
    expect(await axeViolationsIn(options)).toEqual([]);
  });

  it('names the shortcut the browser registered', async () => {
    await expect.poll(() => options.$eval('kbd', (k) => k.textContent)).toBe('Alt+Shift+H');
  });

  it('counts the claims on the toolbar badge', async () => {
    const state = await tell<{ report: { sentences: { status: string }[] } }>('getState', { analyse: false });
    const claims = state.report.sentences.filter((s) => s.status !== 'none').length;
    expect(claims).toBeGreaterThan(8);
    await expect.poll(badge).toBe(String(claims));
  });

  it('paints only the chosen statuses, in the open tab, as soon as they change', async () => {
    const before = await painted();
    expect(before).toContain('sourcelight-disputed');
    await (await choice(options, 'Disputed')).click();
    await expect.poll(painted).toEqual(before.filter((k) => k !== 'sourcelight-disputed'));
    await (await choice(options, 'Disputed')).click();
    await expect.poll(painted).toEqual(before);
  });

  it('switches the page to the colour-blind-safe palette and back without touching its markup', async () => {
    const standard = await highlightBackground('confirmed');
    await (await choice(options, 'Colour-blind safe')).click();
    await expect.poll(() => highlightBackground('confirmed')).toBe('rgba(68, 119, 170, 0.28)');
    const popup = await ff.openPopup(tabId);
    await expect.poll(() => popup.$eval('.status-bar .bar-confirmed', (el) => getComputedStyle(el).backgroundColor).catch(() => null)).toBe('rgb(68, 119, 170)');
    await popup.close();
    await (await choice(options, 'Standard')).click();
    await expect.poll(() => highlightBackground('confirmed')).toBe(standard);
    expect(await mutationsIn(page)).toEqual([]);
  });

  it('toggles the highlights as the keyboard shortcut does, and shows them again', async () => {
    expect(await tell('toggleHighlights')).toBe(false);
    expect(await painted()).toEqual([]);
    expect(await tell('toggleHighlights')).toBe(true);
    expect((await painted()).length).toBeGreaterThan(3);
  });

  it('never runs on a blocked site: highlights go at once, and after a reload nothing is read', async () => {
    await options.type('input#site-input', 'http://127.0.0.1/whatever');
    await (await options.$('button[type=submit]'))!.click();
    await expect.poll(() => options.$$eval('ul.sites li', (lis) => lis.map((l) => l.textContent ?? '').join(' '))).toContain('127.0.0.1');
    await expect.poll(painted).toEqual([]);
    await expect.poll(badge).toBe('');

    await page.reload();
    const state = await tellWhenReady<{ blocked: boolean; report: unknown }>('getState', { analyse: true });
    expect(state).toEqual({ blocked: true, report: null, highlightsVisible: false });
    expect(await painted()).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:done').length)).toBe(0);
    const popup = await ff.openPopup(tabId);
    await expect.poll(() => popup.$eval('h2', (h) => h.textContent).catch(() => null)).toBe('Sourcelight is off on this site');
    await popup.close();

    await (await options.$('button[aria-label="Remove 127.0.0.1"]'))!.click();
    await waitForHighlightsIn(page);
  });

  it('in "on request" mode reads a page only when the reader asks', async () => {
    await (await choice(options, 'Only on request')).click();
    await expect
      .poll(() =>
        ff.inExtension(async () => {
          const api = (globalThis as unknown as { browser: { storage: { local: { get: (k: string) => Promise<{ settings?: { mode: string } }> } } } }).browser;
          return (await api.storage.local.get('settings')).settings?.mode;
        }, null),
      )
      .toBe('on-request');
    await page.reload();
    const untouched = await tellWhenReady<{ report: unknown }>('getState', { analyse: false });
    expect(untouched.report).toBeNull();
    expect(await painted()).toEqual([]);
    expect(await badge()).toBe('');

    // Opening the popup is the request.
    const popup = await ff.openPopup(tabId);
    await popup.waitForSelector('li', { timeout: 20_000 });
    await waitForHighlightsIn(page);
    await popup.close();
    await (await choice(options, 'Automatically')).click();
  });

  it('logged no error from the extension and sent nothing off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
  });
});
