import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks for. A `?tabId=` parameter wins: tests and the demo
 * script open the popup as a page of its own, where the "active tab" would be the
 * popup itself.
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
