import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browser';
import { axeViolationsIn, launchFirefoxWithExtension, waitForHighlightsIn, type FirefoxExtension } from '../support/firefox';
import { serve } from '../support/server';

/**
 * The popup and the options page in dark mode, as Firefox lays them out. BiDi
 * cannot switch the colour scheme of a running browser, so this file has a dark
 * browser of its own (the other files run light).
 */
const demo = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

describe('dark mode in Firefox', () => {
  let ff: FirefoxExtension;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;

  beforeAll(async () => {
    server = await serve({ '/demo.html': { body: demo } });
    ff = await launchFirefoxWithExtension({ colorScheme: 'dark', viewport: { width: 1100, height: 700 } });
    page = await ff.newPage();
    await page.goto(`${server.origin}/demo.html`);
    await waitForHighlightsIn(page);
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('the popup has no accessibility violations, colour contrast included', async () => {
    const popup = await ff.openPopup(await ff.tabIdOf(page));
    await popup.waitForSelector('li', { timeout: 20_000 });
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolationsIn(popup)).toEqual([]);
    await popup.close();
  });

  it('nor has the options page', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('h1');
    expect(await options.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolationsIn(options)).toEqual([]);
    await options.close();
  });

  it('logged no error from the extension and sent nothing off the machine', () => {
    expect(ff.extensionErrors()).toEqual([]);
    expect(ff.offMachineRequests).toEqual([]);
  });
});
