import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from './report';

/**
 * Every message that crosses between popup, background and content script.
 * Errors travel inside the returned data (PageReport's `error` state), never as
 * exceptions across the boundary, so a failing page still gives the popup
 * something to say.
 */
interface ProtocolMap {
  /** Popup → content script: the analysis of the page (waits if still running). */
  getReport(): PageReport;
  /** Popup → content script: bring the sentence at this index into view and flash it. */
  scrollToSentence(index: number): boolean;
  /** Content script → background: how many claims the page holds, for the toolbar badge. */
  reportClaims(count: number): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
