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
  // --- Reader controls (popup, options, shortcut) ---
  /**
   * Popup → content script: the page's report together with the reader's controls.
   * `analyse: true` is the reader's request in "on request" mode: the page is
   * analysed now if it has not been yet.
   */
  getState(data: { analyse: boolean }): PageState;
  /** Popup → content script: show or hide the highlights; answers the new visibility. */
  setHighlightsVisible(visible: boolean): boolean;
  /** Background (keyboard shortcut) → content script: flip the highlights, analysing first if needed. */
  toggleHighlights(): boolean;
}

/** What the popup shows for a tab: the analysis plus the state of the reader's controls. */
export interface PageState {
  /** Null when the page has not been analysed (blocked site, or "on request" and not yet asked). */
  report: PageReport | null;
  /** The site is on the reader's "never run here" list; nothing was read. */
  blocked: boolean;
  highlightsVisible: boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
