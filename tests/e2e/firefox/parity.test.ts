import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, highlightedText, launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { highlightedTextIn, launchFirefoxWithExtension, waitForDoneIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

/**
 * The same article pages in Chromium (MV3, service worker) and Firefox (MV2,
 * background page): each must paint the same sentences under the same statuses. The
 * pages are read in the same order in both, so the claim library (and so the
 * `sourcelight-match` highlights) grows the same way too.
 */
const read = (path: string) => ({ body: readFileSync(join(ROOT, path), 'utf8') });
const PAGES = {
  '/demo.html': read('demo/article.html'),
  '/gazette/bridge.html': read('tests/e2e/pages/article.html'),
  '/courier/algae.html': read('tests/e2e/memory/reservoir-a.html'),
  '/post/questions.html': read('tests/e2e/memory/reservoir-b.html'),
};
/** The painted text per highlight name, without the flash (which only a click shows). */
const painting = (all: Record<string, string[]>) => Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'sourcelight-flash').sort(([a], [b]) => a.localeCompare(b)));

describe('Firefox and Chromium paint the same claims', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let chromium: ExtensionBrowser;
  let firefox: FirefoxExtension;
  const painted: Record<'chromium' | 'firefox', Record<string, Record<string, string[]>>> = { chromium: {}, firefox: {} };

  beforeAll(async () => {
    server = await serve(PAGES);
    // One browser at a time: two cores.
    chromium = await launchWithExtension();
    const cPage = await chromium.context.newPage();
    for (const path of Object.keys(PAGES)) {
      await cPage.goto(`${server.origin}${path}`);
      await cPage.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout: 30_000 });
      painted.chromium[path] = painting(await highlightedText(cPage));
    }
    await chromium.close();
    firefox = await launchFirefoxWithExtension();
    const fPage = await firefox.newPage();
    for (const path of Object.keys(PAGES)) {
      await fPage.goto(`${server.origin}${path}`);
      await waitForDoneIn(fPage);
      painted.firefox[path] = painting(await highlightedTextIn(fPage));
    }
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  for (const path of Object.keys(PAGES)) {
    it(`on ${path}`, () => {
      const chrome = painted.chromium[path];
      // Something was painted, so agreement is not two empty pages.
      expect(Object.values(chrome).flat().length).toBeGreaterThan(3);
      expect(painted.firefox[path]).toEqual(chrome);
    });
  }

  it('with no error from the extension and nothing sent off the machine in Firefox', () => {
    expect(firefox.extensionErrors()).toEqual([]);
    expect(firefox.offMachineRequests).toEqual([]);
  });
});
