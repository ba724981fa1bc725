import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, highlightedText, launchWithExtension, mutationsOf, openPopup, tabIdOf, waitForHighlights, watchMutations, type ExtensionBrowser } from './support/browser';
import { serve } from './support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

describe('the demo article in Chromium', () => {
  let ext: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    ext = await launchWithExtension({ viewport: { width: 1100, height: 600 } });
    page = await ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlights(page);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints the claim sentences under sourcelight-<status>', async () => {
    const painted = await highlightedText(page);
    const all = Object.values(painted).flat();
    expect(painted['sourcelight-confirmed']).toContain(
      "The FBI and other U.S. intelligence agencies confirmed on Monday that hackers linked to Russia's military intelligence service were behind the intrusion.",
    );
    expect(painted['sourcelight-disputed']?.some((t) => t.startsWith('The Russian Embassy denied any role'))).toBe(true);
    expect(painted['sourcelight-speculative']?.some((t) => t.startsWith('According to Dr. Walid Haddad'))).toBe(true);
    // Page furniture and calls to action are never painted.
    expect(all.some((t) => t.includes('Sign up for our politics newsletter'))).toBe(false);
    expect(all.some((t) => t.includes('How election offices prepare'))).toBe(false);
    expect(all.some((t) => t.includes('Photo: Staff'))).toBe(false);
    expect(Object.keys(painted).every((k) => /^sourcelight-(confirmed|reported|alleged|speculative|disputed|unattributed|opinion)$/.test(k))).toBe(true);
  });

  it('leaves the page DOM untouched and makes no request of its own', async () => {
    expect(await mutationsOf(page)).toEqual([]);
    expect(ext.blockedRequests).toEqual([]);
    expect(ext.extensionRequests).toEqual([]);
  });

  it('lists the claims in the popup and scrolls the page to one when clicked', async () => {
    const tabId = await tabIdOf(ext, page);
    const popup = await openPopup(ext, tabId);
    const claims = popup.getByRole('listitem');
    await expect.poll(() => claims.count()).toBeGreaterThan(8);
    const fbi = claims.filter({ hasText: 'The FBI and other U.S. intelligence agencies confirmed' });
    await expect.poll(() => fbi.textContent()).toContain('Confirmed');
    expect(await fbi.textContent()).toContain('Law enforcement');
    const embassy = claims.filter({ hasText: 'The Russian Embassy denied' });
    expect(await embassy.textContent()).toContain('Disputed');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await claims.filter({ hasText: 'wake-up call' }).getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(100);
    await popup.close();
  });
});
