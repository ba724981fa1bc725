import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mutationsOf, watchMutations } from './support/browser';
import { serve } from './support/server';
import { fixture, paintedRanges, reportFor, waitForDone } from './pages/support';
import { useExtensionSuite } from './support/suite';

/**
 * Pages that change after they load: a late paragraph, infinite scroll, a
 * single-page-app route change, a body thrown away and rewritten. The content
 * script must follow, paint only what changed, and keep nothing stale.
 */
describe('pages that change, in Chromium', () => {
  const suite = useExtensionSuite(() => serve({ '/late.html': fixture('late.html'), '/spa.html': fixture('spa.html') }), {
    viewport: { width: 1100, height: 800 },
  });

  async function open(path: string): Promise<Page> {
    const page = await suite.ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${suite.server.origin}${path}`);
    await waitForDone(page);
    return page;
  }

  const texts = async (page: Page) => (await paintedRanges(page)).map((r) => r.text);

  it('paints a paragraph that arrives late, keeping the ranges painted before it', async () => {
    const page = await open('/late.html');
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('The fire service said on Sunday'));
    // Tag the ranges painted so far, to prove the re-run kept them rather than repainting.
    await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) if (name.startsWith('sourcelight-')) for (const r of h) (r as Range & { kept?: boolean }).kept = true;
    });
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContainEqual('The fire chief said the smoke had come from a kitchen on the third floor of the building.');
    const kept = await page.evaluate(() => {
      const out: { text: string; kept: boolean }[] = [];
      for (const [name, h] of CSS.highlights) {
        if (name.startsWith('sourcelight-')) for (const r of h) out.push({ text: (r as Range).toString(), kept: !!(r as Range & { kept?: boolean }).kept });
      }
      return out;
    });
    expect(kept.find((k) => k.text.startsWith('The fire service said'))?.kept).toBe(true);
    expect(kept.find((k) => k.text.startsWith('The fire chief said'))?.kept).toBe(false);

    // Infinite scroll: the next story appended below is painted too.
    await page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('The ferry operator said fares would rise'));
    const report = await reportFor(suite.ext, page);
    if (report?.state !== 'article') throw new Error(`expected an article, got ${report?.state}`);
    expect(report.text).toContain('Passenger groups alleged');
    // The page's own writes are the only mutations: painting added none.
    const ours = (await mutationsOf(page)).filter((m) => /SOURCELIGHT/i.test(m));
    expect(ours).toEqual([]);
    await page.close();
  });

  it('follows a single-page-app route change to the new article', async () => {
    const page = await open('/spa.html');
    expect((await texts(page)).some((t) => t.startsWith('The city librarian said'))).toBe(true);
    await page.evaluate(() => (window as unknown as { goTo: (p: string) => void }).goTo('/story-b'));
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('The harbour master said the quay would be closed'));
    const after = await paintedRanges(page);
    expect(after.some((r) => r.text.includes('librarian'))).toBe(false);
    expect(after.some((r) => r.collapsed)).toBe(false);
    const report = await reportFor(suite.ext, page);
    expect(report?.url).toContain('/story-b');
    if (report?.state !== 'article') throw new Error(`expected an article, got ${report?.state}`);
    expect(report.text).not.toContain('librarian');
    await page.close();
  });

  it('keeps no stale highlight when the page replaces its body', async () => {
    const page = await open('/spa.html');
    await page.evaluate(() => (window as unknown as { replaceBody: () => void }).replaceBody());
    await expect.poll(() => texts(page), { timeout: 10_000 }).toContainEqual(expect.stringContaining('The weather service said winds'));
    const after = await paintedRanges(page);
    expect(after.some((r) => r.collapsed || r.text.trim() === '')).toBe(false);
    expect(after.some((r) => r.text.includes('librarian'))).toBe(false);
    await page.close();
  });
});
