import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { highlightedTextIn, launchFirefoxWithExtension, mutationsIn, waitForHighlightsIn, watchMutationsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

/** The popup's list items' text, in order. */
const listItems = (popup: Page) => popup.$$eval('li', (lis) => lis.map((li) => li.textContent ?? ''));

describe('the demo article in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    ff = await launchFirefoxWithExtension({ viewport: { width: 1100, height: 600 } });
    page = await ff.newPage();
    await watchMutationsIn(page);
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('paints the claim sentences under sourcelight-<status>', async () => {
    const painted = await highlightedTextIn(page);
    const all = Object.values(painted).flat();
    expect(painted['sourcelight-confirmed']).toContain(
      "The FBI and other U.S. intelligence agencies confirmed on Monday that hackers linked to Russia's military intelligence service were behind the intrusion.",
    );
    expect(painted['sourcelight-disputed']?.some((t) => t.startsWith('The Russian Embassy denied any role'))).toBe(true);
    expect(painted['sourcelight-speculative']?.some((t) => t.startsWith('According to Dr. Walid Haddad'))).toBe(true);
    expect(all.some((t) => t.includes('Sign up for our politics newsletter'))).toBe(false);
    expect(all.some((t) => t.includes('How election offices prepare'))).toBe(false);
    expect(all.some((t) => t.includes('Photo: Staff'))).toBe(false);
    expect(Object.keys(painted).every((k) => /^sourcelight-(confirmed|reported|alleged|speculative|disputed|unattributed|opinion)$/.test(k))).toBe(true);
  });

  it('leaves the page DOM untouched, sends nothing off the machine and logs no error', async () => {
    expect(await mutationsIn(page)).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
    expect(ff.extensionErrors()).toEqual([]);
  });

  it('lists the claims in the popup, under a summary that agrees with the list', async () => {
    popup = await ff.openPopup(await ff.tabIdOf(page));
    await expect.poll(async () => (await listItems(popup)).length, { timeout: 15_000 }).toBeGreaterThan(8);
    const items = await listItems(popup);
    const fbi = items.find((t) => t.includes('The FBI and other U.S. intelligence agencies confirmed'));
    expect(fbi).toContain('Confirmed');
    expect(fbi).toContain('Law enforcement');
    expect(items.find((t) => t.includes('The Russian Embassy denied'))).toContain('Disputed');
    expect(await popup.$eval('h2', (h) => h.textContent)).toBe(`${items.length} claims`);
    const stats = await popup.$eval('.stats', (s) => s.textContent ?? '');
    expect(stats).toMatch(/Attributed\s*\d+ of \d+/);
    expect(stats).toMatch(/Sources\s*\d+\s*\d+ named · \d+ anonymous/);
    // The chips are the bar's legend: their counts add up to the claims.
    const chips = await popup.$$eval('[role=group][aria-label="Show statuses"] button', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(chips.reduce((sum, t) => sum + Number(t.match(/(\d+)\s*$/)![1]), 0)).toBe(items.length);
  });

  it('scrolls the page to a claim clicked in the popup', async () => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const buttons = await popup.$$('li .claim-button');
    const texts = await Promise.all(buttons.map((b) => b.evaluate((el) => el.textContent ?? '')));
    const target = buttons[texts.findIndex((t) => t.includes('wake-up call'))];
    expect(target).toBeDefined();
    // The popup is a tab here, not a panel over the page, and Firefox runs no smooth
    // scroll in a hidden tab: the page is brought to the front, as it is under a real popup.
    await page.bringToFront();
    await target.click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
    await popup.close();
  });

  it('shows the card for the sentence under the pointer', async () => {
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const at = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('The FBI and other U.S. intelligence agencies'));
      const r = p?.getBoundingClientRect();
      return r ? { x: r.x + 40, y: r.y + 10 } : null;
    });
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x - 5, at!.y);
    await page.mouse.move(at!.x, at!.y);
    const card = () =>
      page.evaluate(() => {
        const box = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
        return box && box.getBoundingClientRect().height > 0 ? box.textContent : null;
      });
    await expect.poll(card, { timeout: 10_000 }).toContain('Confirmed');
    expect(await card()).toContain('Law enforcement');
    expect(ff.extensionErrors()).toEqual([]);
  });

  it('would see an error the extension logged (the console check can fail)', async () => {
    // A deliberate error in an extension page shows up where the suite looks for ours.
    await ff.inExtension(() => console.error('sourcelight-console-probe'), null);
    await expect.poll(() => ff.extensionErrors().some((l) => l.includes('sourcelight-console-probe')), { timeout: 10_000 }).toBe(true);
    // And a request for another host reaches the trap, not the network.
    await page.evaluate(() => fetch('http://unreachable.invalid/probe').catch(() => null));
    await expect.poll(() => ff.offMachineRequests, { timeout: 10_000 }).toEqual(['GET http://unreachable.invalid/probe']);
  });
});
