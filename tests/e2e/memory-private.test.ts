import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages';
import { ROOT, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

/**
 * Private windows: a page read in an incognito window is compared with the
 * claim library (reading it leaves no trace) but never kept. Extensions do not
 * run in incognito until the reader allows it, so the test allows it the way
 * chrome://extensions does (developerPrivate), then opens a real incognito
 * window from an extension page.
 */
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/e2e/memory', name), 'utf8');

/** Turns on "Allow in Incognito" for the extension; Chromium reloads it, so this waits until its pages load again. */
async function allowInIncognito(ext: ExtensionBrowser): Promise<Page> {
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { developerPrivate: Record<string, (o: object) => Promise<void>> } }).chrome.developerPrivate;
    // Without developer mode the reload disables a command-line unpacked extension.
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    await api.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
  }, ext.extensionId);
  await settings.close();
  const options = await ext.context.newPage();
  for (let attempt = 0; ; attempt++) {
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      return options;
    } catch (err) {
      if (attempt >= 40) throw err;
      await options.waitForTimeout(250);
    }
  }
}

/**
 * Opens `url` in a new incognito window and asks its content script for the
 * page's state (as the popup does) until it has analysed the article.
 */
async function readInIncognito(extensionPage: Page, url: string): Promise<PageState & { incognito: boolean }> {
  return extensionPage.evaluate(async (target) => {
    type Api = {
      windows: { create: (o: object) => Promise<{ incognito: boolean; tabs: { id: number }[] }> };
      tabs: { sendMessage: (id: number, m: object) => Promise<{ res?: PageState }> };
    };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const win = await api.windows.create({ incognito: true, url: target });
    const tabId = win.tabs[0].id;
    for (let attempt = 0; attempt < 60; attempt++) {
      await new Promise((r) => setTimeout(r, 250));
      try {
        // @webext-core/messaging's wire format: the popup's getState message.
        const answer = await api.tabs.sendMessage(tabId, { id: attempt, type: 'getState', data: { analyse: true }, timestamp: Date.now() });
        if (answer?.res?.report) return { ...answer.res, incognito: win.incognito };
      } catch {
        // The content script is not there yet.
      }
    }
    throw new Error('the incognito page never answered');
  }, url);
}

describe('claim memory and private windows', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let options: Page;

  beforeAll(async () => {
    server = await serve({ '/courier/algae.html': { body: fixture('reservoir-a.html') }, '/post/questions.html': { body: fixture('reservoir-b.html') } });
    ext = await launchWithExtension();
    options = await allowInIncognito(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const count = () => options.getByRole('group', { name: 'Claim memory' }).locator('.memory-count').textContent();

  it('matches a page in an incognito window against the library but keeps nothing from it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/courier/algae.html`);
    await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: 20_000 });
    await options.reload();
    await expect.poll(count).toMatch(/^1 article and \d+ claims kept\./);

    const state = await readInIncognito(options, `${server.origin}/post/questions.html`);
    expect(state.incognito).toBe(true);
    const report = state.report!;
    expect(report.state).toBe('article');
    if (report.state !== 'article') return;
    // The private page was compared with the library: A's two restated claims were found…
    expect(report.seenBefore?.map((s) => s.claim.article.site)).toEqual(['The Wrenfield Courier', 'The Wrenfield Courier']);
    // …and the library still holds only A (the answer above comes after the match, and the count waits for pending writes).
    await options.reload();
    await expect.poll(count).toMatch(/^1 article and \d+ claims kept\./);
    expect(await options.getByRole('list', { name: 'Kept articles' }).getByRole('listitem').count()).toBe(1);
  });
});
