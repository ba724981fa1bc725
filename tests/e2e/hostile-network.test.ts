import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openPopup, tabIdOf, type ExtensionBrowser } from './support/browser';
import { isExpectedPath, serveHostile } from './hostile/server';
import { collectOurErrors, firstClaimPoint, waitForRun } from './hostile/support';

/**
 * The runtime half of the shipped-code audit (scripts/audit-build.mjs): every
 * request Chromium makes while the extension does everything it does (analyse
 * and paint, show the card, the popup, the options page, a non-article page)
 * goes to the page's own server or to the extension's own files. Nothing else.
 */
describe('the extension at work makes no network request', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serveHostile>>;
  const requests: { url: string; frame: string }[] = [];

  beforeAll(async () => {
    server = await serveHostile();
    ext = await launchWithExtension();
    ext.context.on('request', (req: Request) => {
      let frame = '';
      try {
        frame = req.frame().url();
      } catch {
        frame = 'service worker';
      }
      requests.push({ url: req.url(), frame });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('uses every part of the extension', async () => {
    const page = await ext.context.newPage();
    const ourErrors = collectOurErrors(page);
    await page.goto(`${server.origin}/shadow-frames.html`);
    expect(await waitForRun(page)).toEqual(['article']);
    const at = await firstClaimPoint(page);
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await page.mouse.click(at!.x, at!.y);
    await page.waitForTimeout(300);
    const popup = await openPopup(ext, await tabIdOf(ext, page));
    await expect.poll(() => popup.getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await popup.getByRole('listitem').first().click();
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForLoadState('load');
    const other = await ext.context.newPage();
    await other.goto(`${server.origin}/frame.html`);
    await waitForRun(other);
    await page.waitForTimeout(500);
    expect(ourErrors).toEqual([]);
  });

  it('requested nothing but the test pages and its own files', () => {
    const own = `chrome-extension://${ext.extensionId}/`;
    const elsewhere = requests.filter(({ url }) => {
      if (url.startsWith(own) || url.startsWith('data:')) return false;
      if (url.startsWith(server.origin)) return !isExpectedPath(new URL(url).pathname);
      return true;
    });
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    expect(server.requests.filter((p) => !isExpectedPath(p))).toEqual([]);
    expect(ext.blockedRequests).toEqual([]);
    expect(ext.extensionRequests).toEqual([]);
  });
});
