import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TIMING } from '../../../utils/timing';

/**
 * Helpers for pages that fight back. Page-world evaluation (page.evaluate) runs
 * through the page's own built-ins, which these pages break on purpose, so the
 * tests read the page from a fresh isolated world of their own: it shares the
 * DOM, the highlight registry and the performance timeline, not the page's
 * JavaScript globals.
 */

const DIR = import.meta.dirname;
const ARTICLE = readFileSync(join(DIR, 'article.html'), 'utf8');

/** A fixture page with the shared article body put in place of `<!-- ARTICLE -->`. */
export function fixture(name: string): string {
  return readFileSync(join(DIR, name), 'utf8').replace('<!-- ARTICLE -->', ARTICLE);
}

/** The shared article's paragraphs as text, for pages that build their DOM by script. */
export function articleParagraphs(): string[] {
  return [...ARTICLE.matchAll(/<p(?: class="[^"]*")?>([^<]+)<\/p>/g)].map((m) => m[1]);
}

/** Evaluates `expression` in an isolated world of the top frame and returns its JSON value. */
export async function isolatedEval<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'sourcelight-test-reader' });
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`isolated evaluation failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The report state of each finished analysis run, from the content script's done marks. */
export const runStates = (page: Page) =>
  isolatedEval<string[]>(page, `performance.getEntriesByName(${JSON.stringify(TIMING.done)}).map((e) => String(e.detail))`);

/** Polls until the content script has finished at least one run; returns the states so far. */
export async function waitForRun(page: Page, timeoutMs = 30_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const states = await runStates(page);
    if (states.length > 0) return states;
    if (Date.now() > until) throw new Error('the content script never finished a run');
    await page.waitForTimeout(100);
  }
}

/** `sourcelight-*` highlight names and their range counts, read from the shared registry. */
export const highlightCounts = (page: Page) =>
  isolatedEval<Record<string, number>>(
    page,
    `(() => { const o = {}; for (const [k, h] of CSS.highlights) if (k.startsWith('sourcelight-')) o[k] = h.size; return o; })()`,
  );

/** Centre of the first painted range (client coordinates), to point at a claim. */
export const firstClaimPoint = (page: Page) =>
  isolatedEval<{ x: number; y: number } | null>(
    page,
    `(() => {
      for (const [k, h] of CSS.highlights) {
        if (!k.startsWith('sourcelight-') || k === 'sourcelight-flash') continue;
        for (const r of h) {
          const rect = r.getClientRects()[0];
          if (rect && rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight) return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    })()`,
  );

/**
 * Collects uncaught errors and unhandled rejections that came from the extension
 * (its chrome-extension:// URL is in the stack). The page's own errors are its business.
 */
export function collectOurErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => {
    if (`${err.stack ?? ''}`.includes('chrome-extension://')) errors.push(err.stack ?? err.message);
  });
  return errors;
}
