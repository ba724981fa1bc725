import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightedText, mutationsOf, watchMutations } from './support/browser';
import { serve } from './support/server';
import { fixture, longArticle, paintedRanges, reportFor, waitForDone } from './pages/support';
import { useExtensionSuite } from './support/suite';

/**
 * Pages written to reproduce what real news pages do to the content script:
 * sentences split across links and emphasis, page furniture around the body,
 * styles that hide or transform text, non-articles, other languages, length.
 */
describe('real-page behaviour in Chromium', () => {
  const suite = useExtensionSuite(
    () =>
      serve({
        '/article.html': fixture('article.html'),
        '/non-article.html': fixture('non-article.html'),
        '/french.html': fixture('french.html'),
        '/long.html': { body: longArticle(600) },
        '/endless.html': { body: longArticle(3000) },
      }),
    { viewport: { width: 1100, height: 800 } },
  );

  async function open(path: string): Promise<Page> {
    const page = await suite.ext.context.newPage();
    await watchMutations(page);
    await page.goto(`${suite.server.origin}${path}`);
    await waitForDone(page);
    return page;
  }

  describe('an article with furniture, split sentences and styled text', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('/article.html');
    });
    afterAll(() => page?.close());

    it('paints a sentence split across a link, <em>, <strong> and <span> as one range', async () => {
      const all = Object.values(await highlightedText(page)).flat();
      expect(all).toContain('The city council said on Tuesday that the new harbour bridge would open in the spring of next year.');
    });

    it('leaves headline, byline, caption, newsletter box, related links, comments and footer unpainted', async () => {
      const all = Object.values(await highlightedText(page)).flat().join('\n');
      for (const furniture of ['Dana Whitlock', 'north quay', 'morning briefing', 'ferry fares will rise', 'Reader comment', 'lawyers said']) {
        expect(all).not.toContain(furniture);
      }
      const report = await reportFor(suite.ext, page);
      expect(report?.state).toBe('article');
      if (report?.state !== 'article') return;
      expect(report.text).not.toMatch(/Dana Whitlock|north quay|morning briefing|Reader comment|lawyers said|Harbour bridge delayed again/);
      expect(report.text).toContain('Residents gathered outside the hall');
    });

    it('reads no hidden text, and paints text whose case the page transforms', async () => {
      const report = await reportFor(suite.ext, page);
      if (report?.state !== 'article') throw new Error(`expected an article, got ${report?.state}`);
      expect(report.text).not.toContain('SECRETWORD');
      expect(report.text).not.toContain('hidden paragraph');
      expect(report.text).toContain('The harbour master said that ferries would keep running');
      const all = Object.values(await highlightedText(page)).flat();
      expect(all.some((t) => t.startsWith('Police alleged that the main contractor'))).toBe(true);
      expect(all.some((t) => t.includes('hidden paragraph'))).toBe(false);
    });

    it('changes nothing in the page DOM by painting', async () => {
      expect(await mutationsOf(page)).toEqual([]);
      expect(suite.ext.blockedRequests).toEqual([]);
    });

    it('shows a card for the claim under the pointer, in a shadow root outside the body', async () => {
      const box = await page.locator('#split em').boundingBox();
      if (!box) throw new Error('no box for the split sentence');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const card = page.locator('sourcelight-card .card');
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
      const text = await card.textContent();
      expect(text).toContain('city council');
      expect(text).toMatch(/Speculative|Reported|Confirmed/);
      // Page CSS aimed at the card does not reach into its shadow root.
      await page.addStyleTag({ content: '.card, div, span, strong { font-size: 40px !important; color: rgb(255, 0, 0) !important; } sourcelight-card { font-size: 40px; color: red; }' });
      const style = await card.evaluate((el) => ({ size: getComputedStyle(el).fontSize, colour: getComputedStyle(el).color }));
      expect(style.size).toBe('13px');
      expect(style.colour).not.toBe('rgb(255, 0, 0)');
      // The host hangs off <html>, not the body, and the card cannot be styled by the page.
      expect(await page.evaluate(() => document.querySelector('sourcelight-card')?.parentElement?.tagName)).toBe('HTML');
      expect(await page.evaluate(() => !!document.querySelector('sourcelight-card')?.shadowRoot)).toBe(true);
      // Moving away hides an unpinned card.
      await page.mouse.move(5, 5);
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);
      // Clicking pins it; a click elsewhere closes it. (The style above moved the text.)
      const moved = await page.locator('#split em').boundingBox();
      if (!moved) throw new Error('no box for the split sentence');
      Object.assign(box, moved);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(600);
      expect(await card.isVisible()).toBe(true);
      await page.mouse.click(5, 5);
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(false);
      // The card scrolls with the text it explains.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => card.isVisible(), { timeout: 5000 }).toBe(true);
      const gap = async () => ((await card.boundingBox())?.y ?? 0) - ((await page.locator('#split em').boundingBox())?.y ?? 0);
      const before = await gap();
      await page.evaluate(() => window.scrollBy(0, 120));
      expect(Math.abs((await gap()) - before)).toBeLessThan(2);
      // The only DOM changes the whole time were the card's own host: added once, then shown and hidden.
      // (The test's own style tag in <head> aside.)
      const changes = (await mutationsOf(page)).filter((m) => m !== 'childList:HEAD');
      expect(changes.filter((m) => m === 'childList:HTML')).toHaveLength(1);
      expect(changes.every((m) => m === 'childList:HTML' || m === 'attributes:SOURCELIGHT-CARD')).toBe(true);
    });
  });

  it('stops early on a page that is not an article', async () => {
    const page = await open('/non-article.html');
    const report = await reportFor(suite.ext, page);
    expect(report?.state).toBe('not-article');
    expect(await paintedRanges(page)).toEqual([]);
    expect(await mutationsOf(page)).toEqual([]);
    await page.close();
  });

  it('says a non-English article is in an unsupported language and paints nothing', async () => {
    const page = await open('/french.html');
    const report = await reportFor(suite.ext, page);
    expect(report).toMatchObject({ state: 'unsupported-language', language: 'fr' });
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });

  it('paints every paragraph of a very long page, to the last', async () => {
    const page = await open('/long.html');
    const report = await reportFor(suite.ext, page);
    if (report?.state !== 'article') throw new Error(`expected an article, got ${report?.state}`);
    expect(report.text).toContain('Paragraph 600:');
    const ranges = await paintedRanges(page);
    const painted = new Set(ranges.map((r) => /^Paragraph (\d+):/.exec(r.text)?.[1]).filter(Boolean));
    expect(painted.size).toBe(600);
    expect(ranges.some((r) => r.text.startsWith('Paragraph 600: the inspector said that section 600'))).toBe(true);
    expect(await mutationsOf(page)).toEqual([]);
    await page.close();
  });

  it('on a page with thousands of claims, registers those around the viewport and follows the scroll', async () => {
    const page = await open('/endless.html');
    const numbers = async () =>
      (await paintedRanges(page)).map((r) => Number(/^Paragraph (\d+):/.exec(r.text)?.[1])).filter((n) => n > 0);
    const before = await numbers();
    expect(before).toContain(1);
    expect(before).not.toContain(3000);
    expect(before.length).toBeLessThanOrEqual(1200);
    // The report still holds every sentence.
    const report = await reportFor(suite.ext, page);
    if (report?.state !== 'article') throw new Error(`expected an article, got ${report?.state}`);
    expect(report.sentences.filter((s) => s.status !== 'none').length).toBeGreaterThanOrEqual(3000);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(numbers, { timeout: 5000 }).toContain(3000);
    expect(await numbers()).not.toContain(1);
    expect(await mutationsOf(page)).toEqual([]);
    await page.close();
  });
});
