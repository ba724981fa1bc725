/**
 * Shows the demo article highlighted by the built extension.
 *
 * With a display: opens Chromium with Sourcelight loaded on the demo page and the
 * popup beside it, and waits until you close the browser.
 * Without one (or with --screenshots DIR): takes screenshots of the highlighted page,
 * the page with a claim's card open, the popup in light and dark mode and grouped
 * by source, and the options page, and says where they are.
 *
 * Usage: tsx scripts/demo.ts [--screenshots DIR]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, openPopup, tabIdOf, waitForHighlights } from '../tests/e2e/support/browser';
import { serve } from '../tests/e2e/support/server';

const args = process.argv.slice(2);
const shotsIndex = args.indexOf('--screenshots');
const headful = shotsIndex === -1 && !!process.env.DISPLAY && !process.env.CI;
const outDir = shotsIndex >= 0 ? args[shotsIndex + 1] ?? 'artifacts/screenshots' : 'artifacts/screenshots';

/** The popup's own size (entrypoints/popup/style.css): screenshots show what a reader sees. */
const POPUP_SIZE = { width: 400, height: 580 };

const server = await serve({ '/demo.html': { body: readFileSync(join(ROOT, 'demo/article.html')) } });
try {
  if (headful) await showInWindow();
  else await takeScreenshots();
} finally {
  await server.close();
}

async function showInWindow() {
  const ext = await launchWithExtension({ viewport: { width: 1100, height: 800 }, headless: false });
  const page = await ext.context.newPage();
  await page.goto(`${server.origin}/demo.html`);
  await waitForHighlights(page);
  const popup = await openPopup(ext, await tabIdOf(ext, page));
  await popup.setViewportSize({ width: 440, height: 760 });
  await page.bringToFront();
  console.log('The demo article is open in Chromium with Sourcelight; the popup is in the second tab. Close the browser to finish.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}

async function takeScreenshots() {
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  const shoot = async (target: Page, name: string, fullPage = false) => {
    await target.screenshot({ path: join(outDir, name), fullPage });
    shots.push(name);
  };
  for (const scheme of ['light', 'dark'] as const) {
    const ext = await launchWithExtension({ viewport: { width: 1100, height: 760 }, colorScheme: scheme });
    try {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForHighlights(page);
      if (scheme === 'light') {
        await shoot(page, 'demo-page.png');
        await showCard(page);
        await shoot(page, 'demo-card.png');
        await page.mouse.move(5, 5);
      }
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.setViewportSize(POPUP_SIZE);
      await popup.getByRole('listitem').first().waitFor();
      await shoot(popup, `popup-${scheme}.png`);
      if (scheme === 'light') {
        await popup.getByRole('button', { name: 'Who says what' }).click();
        await shoot(popup, 'popup-by-source.png');
        const options = await ext.context.newPage();
        await options.setViewportSize({ width: 720, height: 760 });
        await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
        await options.getByRole('heading', { name: 'Sourcelight options' }).waitFor();
        await shoot(options, 'options.png', true);
      }
    } finally {
      await ext.close();
    }
  }
  console.log(`Screenshots in ${relative(process.cwd(), outDir) || '.'}/: ${shots.join(', ')}`);
}

/** Points at the sentence whose source cites another, so the card shows a chain. */
async function showCard(page: Page) {
  const paragraph = page.locator('p', { hasText: 'According to Dr. Walid Haddad' });
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('The demo article has no paragraph citing Dr. Walid Haddad');
  await page.mouse.move(box.x + box.width / 3, box.y + 8);
  await page.locator('sourcelight-card .card').waitFor({ state: 'visible', timeout: 5000 });
}
