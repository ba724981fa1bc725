import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messages';

/**
 * The toolbar badge: how many claims the article in each tab holds. The content
 * script tells us after each analysis; a navigation starts the count afresh.
 */
export default defineBackground(() => {
  onMessage('reportClaims', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    void browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#0b5394' });
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
});
