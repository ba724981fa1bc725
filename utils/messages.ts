import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from './report';
import type { AnalysisReply, AnalysisRequest } from './analysis-service';
import type { ClaimPack } from './library/pack';
import type { ImportOutcome, LibraryStatus, RecallRequest, SeenBefore } from './library/seen-before';

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
  /**
   * Content script → background: analyse the article's text from `from` on (see
   * utils/analysis-service.ts for why the analyzer runs in the background).
   */
  analyzeText(data: AnalysisRequest): AnalysisReply;
  /**
   * Content script → background: how many claims the page holds, for the toolbar
   * badge, when it changed without a recall (an article's recall carries its count).
   */
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
  /**
   * Background (keyboard shortcut) → content script: flip the highlights,
   * analysing first if needed; on a page judged not an article, read it anyway.
   */
  toggleHighlights(): boolean;
  /**
   * Popup → content script: read a page judged not an article anyway (kept for
   * that page until it navigates); answers the page's state once read.
   */
  readAnyway(): PageState;
  // --- Claim memory (the background owns the library; see utils/library/service.ts) ---
  /**
   * Content script → background, after painting: the page's claims that restate
   * claims in the library (never the page's own), then the page is kept unless
   * keeping is off or the tab is private. Failures answer [].
   */
  recallClaims(data: RecallRequest): SeenBefore[];
  /** Options → background: the kept articles and counts. */
  libraryStatus(): LibraryStatus;
  /** Options → background: pin or unpin a kept article (pinned ones are never dropped). */
  pinArticle(data: { url: string; pinned: boolean }): boolean;
  /** Options → background: forget one kept article. */
  forgetArticle(url: string): boolean;
  /** Options → background: forget every kept article. */
  clearLibrary(): boolean;
  /** Options → background: the library as a claim pack (null on failure). */
  exportLibrary(): ClaimPack | null;
  /** Options → background: import a claim pack from a file's text (validated there). */
  importLibrary(json: string): ImportOutcome;
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
