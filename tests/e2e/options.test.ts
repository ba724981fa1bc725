import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './fixtures/axe';
import { ROOT, highlightedText, launchWithExtension, mutationsOf, openPopup, tabIdOf, waitForHighlights, watchMutations, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

describe('options applied live, the badge and the shortcut in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let options: Page;
  let tabId: number;

  /**
   * Sends a message to the tab's content script from the service worker, in the
   * shape the extension's own messaging uses: how the background's shortcut
   * handler reaches the page, and a way to ask the page without opening a popup.
   */
  const tell = <T>(type: string, data?: unknown) =>
    ext.context.serviceWorkers()[0].evaluate(
      async ({ tabId, type, data }) => {
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: object) => Promise<{ res: unknown }> } } }).chrome;
        return (await api.tabs.sendMessage(tabId, { id: 1, type, data, timestamp: Date.now() })).res;
      },
      { tabId, type, data },
    ) as Promise<T>;
  /** After a reload the content script answers once the page is idle: ask until it does. */
  const tellWhenReady = async <T>(type: string, data?: unknown): Promise<T> => {
    let answer: T | undefined;
    await expect
      .poll(async () => (answer = await tell<T>(type, data).catch(() => undefined)), { timeout: 10_000 })
      .toBeDefined();
    return answer!;
  };
  const badge = () =>
    ext.context.serviceWorkers()[0].evaluate((tabId) => {
      const api = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome;
      return api.action.getBadgeText({ tabId });
    }, tabId);
  const painted = async () => Object.keys(await highlightedText(page)).filter((k) => k !== 'sourcelight-flash').sort();
  const highlightBackground = (status: string) =>
    page.evaluate((s) => getComputedStyle(document.querySelector('.story-body p')!, `::highlight(sourcelight-${s})`).backgroundColor, status);

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    ext = await launchWithExtension({ viewport: { width: 1100, height: 700 } });
    page = await ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlights(page);
    tabId = await tabIdOf(ext, page);
    options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Sourcelight options' }).waitFor();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('has no accessibility violations, colour contrast included, in light and dark', async () => {
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('names the shortcut the browser registered', async () => {
    await expect.poll(() => options.locator('kbd').textContent()).toBe('Alt+Shift+H');
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
    await options.getByRole('checkbox', { name: 'Disputed' }).uncheck();
    await expect.poll(painted).toEqual(before.filter((k) => k !== 'sourcelight-disputed'));
    await options.getByRole('checkbox', { name: 'Disputed' }).check();
    await expect.poll(painted).toEqual(before);
  });

  it('switches the page to the colour-blind-safe palette and back without touching its markup', async () => {
    const standard = await highlightBackground('confirmed');
    await options.getByRole('radio', { name: /Colour-blind safe/ }).check();
    await expect.poll(() => highlightBackground('confirmed')).toBe('rgba(68, 119, 170, 0.28)');
    // The popup's swatches follow, so its colours are the page's.
    const popup = await openPopup(ext, tabId);
    const swatch = popup.locator('.status-bar .bar-confirmed');
    await expect.poll(() => swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(68, 119, 170)');
    await popup.close();
    await options.getByRole('radio', { name: /Standard/ }).check();
    await expect.poll(() => highlightBackground('confirmed')).toBe(standard);
    expect(await mutationsOf(page)).toEqual([]);
  });

  it('toggles the highlights as the keyboard shortcut does, and shows them again', async () => {
    expect(await tell('toggleHighlights')).toBe(false);
    expect(await painted()).toEqual([]);
    expect(await tell('toggleHighlights')).toBe(true);
    expect((await painted()).length).toBeGreaterThan(3);
  });

  it('never runs on a blocked site: highlights go at once, and after a reload nothing is read', async () => {
    await options.getByRole('textbox', { name: 'Site to add' }).fill('http://127.0.0.1/whatever');
    await options.getByRole('button', { name: 'Add site' }).click();
    await options.getByRole('list', { name: 'Blocked sites' }).getByText('127.0.0.1').waitFor();
    await expect.poll(painted).toEqual([]);
    await expect.poll(badge).toBe('');

    await page.reload();
    const state = await tellWhenReady<{ blocked: boolean; report: unknown }>('getState', { analyse: true });
    expect(state).toEqual({ blocked: true, report: null, highlightsVisible: false });
    expect(await painted()).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:done').length)).toBe(0);
    const popup = await openPopup(ext, tabId);
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe('Sourcelight is off on this site');
    await popup.close();

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForHighlights(page);
  });

  it('in "on request" mode reads a page only when the reader asks', async () => {
    await options.getByRole('radio', { name: /Only on request/ }).check();
    await expect.poll(() => options.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string) => Promise<{ settings?: { mode: string } }> } } } }).chrome;
      return (await api.storage.local.get('settings')).settings?.mode;
    })).toBe('on-request');
    await page.reload();
    const untouched = await tellWhenReady<{ report: unknown }>('getState', { analyse: false });
    expect(untouched.report).toBeNull();
    expect(await painted()).toEqual([]);
    expect(await badge()).toBe('');

    // Opening the popup is the request.
    const popup = await openPopup(ext, tabId);
    await popup.getByRole('listitem').first().waitFor();
    await waitForHighlights(page);
    await popup.close();
    await options.getByRole('radio', { name: /Automatically/ }).check();
  });
});
