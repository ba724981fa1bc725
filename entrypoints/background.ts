import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messages';
import { startClaimMemory } from '@/utils/library/memory-messages';
import { startAnalysisService } from '@/utils/analysis-service';

/** The shortcut declared under `commands` in wxt.config.ts. */
const TOGGLE_COMMAND = 'toggle-highlights';

/**
 * The toolbar badge (how many claims the article in each tab holds) and the
 * keyboard shortcut that shows or hides the highlights. The content script tells
 * us the count after each analysis; a navigation starts the count afresh.
 */
export default defineBackground(() => {
  // MV3 calls it `action`; Firefox's MV2 build still has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, count: number) => {
    void action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    void action.setBadgeBackgroundColor({ tabId, color: '#0b5394' });
  };
  // The claim library and its index live here, in the extension's origin (utils/library/memory-messages.ts).
  // An article's claims arrive with its recall, and give the badge its count.
  startClaimMemory(indexedDB, { onRecall: setBadge });
  // The analyzer runs here rather than on the page's main thread (utils/analysis-service.ts).
  startAnalysisService();

  // Counts that come without a recall: the page stopped being an article, or its site was blocked or unblocked.
  onMessage('reportClaims', ({ data: count, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId != null && typeof count === 'number') setBadge(tabId, count);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND || tab?.id == null) return;
    sendMessage('toggleHighlights', undefined, tab.id).catch(() => {
      // No content script on this tab (a browser page, or opened before install): nothing to toggle.
    });
  });
  // Every listener is in place and the analyzer's weights are parsed: `npm run bench`
  // reads this mark on the worker's own clock (scripts/bench/background-ready.ts).
  performance.mark('sourcelight:background-ready');
});
