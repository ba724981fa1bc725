/**
 * The demo's first paragraphs as Chromium and as Firefox ESR paint them, for the
 * README: each status has its own fill and its own line, so the screenshots show
 * whether a browser tells the statuses apart without colour.
 *
 * Usage: tsx scripts/status-lines.ts [DIR]   (default docs/screenshots; needs both builds)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, launchWithExtension, waitForHighlights } from '../tests/e2e/support/browser';
import { launchFirefoxWithExtension, waitForHighlightsIn } from '../tests/e2e/support/firefox';
import { serve } from '../tests/e2e/support/server';

const outDir = process.argv[2] ?? 'docs/screenshots';
const VIEWPORT = { width: 1100, height: 1400 };

/** The story's body from its first paragraph, 700 × 520 px: enough for six statuses. */
function clipOfStory(): { x: number; y: number; width: number; height: number } {
  const r = document.querySelector('.story-body p')!.getBoundingClientRect();
  return { x: Math.max(0, Math.floor(r.left) - 12), y: Math.floor(r.top) - 12, width: 700, height: 520 };
}

mkdirSync(outDir, { recursive: true });
const server = await serve({ '/demo.html': { body: readFileSync(join(ROOT, 'demo/article.html')) } });
const written: string[] = [];
try {
  const chromium = await launchWithExtension({ viewport: VIEWPORT });
  try {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlights(page);
    const path = join(outDir, 'status-lines-chromium.png');
    await page.screenshot({ path, clip: await page.evaluate(clipOfStory) });
    written.push(path);
  } finally {
    await chromium.close();
  }
  const firefox = await launchFirefoxWithExtension({ viewport: VIEWPORT });
  try {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
    await page.bringToFront();
    const path = join(outDir, 'status-lines-firefox.png');
    writeFileSync(path, await page.screenshot({ clip: await page.evaluate(clipOfStory) }));
    written.push(path);
    console.log(`Firefox: ${await firefox.browser.version()}`);
  } finally {
    await firefox.close();
  }
} finally {
  await server.close();
}
for (const p of written) console.log(`wrote ${relative(process.cwd(), p)}`);
