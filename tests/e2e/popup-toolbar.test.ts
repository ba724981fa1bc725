import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchForToolbar } from './fixtures/real-popup';
import { ROOT, waitForHighlights } from './support/browser';
import { serve } from './support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

describe('the toolbar button in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchForToolbar>>;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    browser = await launchForToolbar();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the popup for the tab it was clicked on, with no tab id given', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/demo.html`;
    await page.goto(url);
    await waitForHighlights(page);
    const inPopup = await clickToolbarButton(browser.cdp, browser.extensionId, url);
    await expect
      .poll(() => inPopup('document.querySelectorAll(".claim").length'), { timeout: 10_000 })
      .toBeGreaterThan(8);
    expect(await inPopup('location.search')).toBe('');
    expect(await inPopup('document.querySelector(".article-title").textContent')).toContain('Campaign says foreign hackers stole its files');
    expect(await inPopup('document.querySelector(".summary-heading").textContent')).toMatch(/^\d+ claims$/);
  });
});
