/**
 * Shows the demo article highlighted by the built extension.
 *
 * With a display: opens Chromium with Sourcelight loaded on the demo page and the
 * popup beside it, and waits until you close the browser.
 * Without one (or with --screenshots DIR): takes screenshots of the highlighted page
 * and of the popup in light and dark mode, and says where they are.
 *
 * Usage: tsx scripts/demo.ts [--screenshots DIR]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, launchWithExtension, openPopup, tabIdOf, waitForHighlights } from '../tests/e2e/support/browser';
import { serve } from '../tests/e2e/support/server';

const args = process.argv.slice(2);
const shotsIndex = args.indexOf('--screenshots');
const headful = shotsIndex === -1 && !!process.env.DISPLAY && !process.env.CI;
const outDir = shotsIndex >= 0 ? args[shotsIndex + 1] ?? 'artifacts/screenshots' : 'artifacts/screenshots';

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
  for (const scheme of ['light', 'dark'] as const) {
    const ext = await launchWithExtension({ viewport: { width: 1100, height: 760 }, colorScheme: scheme });
    try {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/demo.html`);
      await waitForHighlights(page);
      if (scheme === 'light') await page.screenshot({ path: join(outDir, 'demo-page.png') });
      const popup = await openPopup(ext, await tabIdOf(ext, page));
      await popup.setViewportSize({ width: 420, height: 700 });
      await popup.getByRole('listitem').first().waitFor();
      await popup.screenshot({ path: join(outDir, `popup-${scheme}.png`) });
    } finally {
      await ext.close();
    }
  }
  console.log(`Screenshots of the highlighted demo page and the popup are in ${relative(process.cwd(), outDir) || '.'}/`);
}
