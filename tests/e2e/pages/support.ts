import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { reportOf } from '../../../scripts/pages/run-page';
import { ROOT, tabIdOf, type ExtensionBrowser } from '../support/browser';
import type { PageReport } from '../../../utils/report';

/** A fixture page of this folder, as the test server's route body. */
export const fixture = (name: string) => ({ body: readFileSync(join(ROOT, 'tests/e2e/pages', name), 'utf8') });

/** The content script's report for `page`, asked as the popup asks it. */
export async function reportFor(ext: ExtensionBrowser, page: Page): Promise<PageReport | null> {
  return reportOf(ext, await tabIdOf(ext, page));
}

/** Waits for the content script's `sourcelight:done` mark (the first analysis finished). */
export async function waitForDone(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:done').length > 0, undefined, { timeout });
}

/** Every painted range, with whether it is collapsed (a stale range over removed nodes). */
export async function paintedRanges(page: Page): Promise<{ name: string; text: string; collapsed: boolean }[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; collapsed: boolean }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      for (const r of h) out.push({ name, text: (r as Range).toString(), collapsed: (r as Range).collapsed });
    }
    return out;
  });
}

/** A long article: `n` paragraphs, each a claim that names its own number. */
export function longArticle(n: number): string {
  const paras: string[] = [];
  for (let i = 1; i <= n; i++) {
    paras.push(
      `<p>Paragraph ${i}: the inspector said that section ${i} of the sea wall had been checked on <em>day ${i}</em> of the survey, and <a href="#s${i}">the report</a> was filed.</p>`,
    );
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sea wall survey</title></head><body><article><h1>Sea wall survey</h1><div class="article-body">${paras.join('\n')}</div></article></body></html>`;
}
