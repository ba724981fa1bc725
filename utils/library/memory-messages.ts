/**
 * The background's half of the claim memory: opens the library in the
 * extension's own IndexedDB, starts building the index at once (so the first
 * page of a fresh service worker waits as little as possible), and answers
 * the content script's and the options page's messages through ClaimService.
 */
import { onMessage } from '../messages';
import { loadKeepClaims } from '../settings';
import type { ClaimPack } from './pack';
import type { ImportOutcome, LibraryStatus, RecallRequest, SeenBefore } from './seen-before';
import { ClaimService } from './service';
import { ClaimLibrary, DEFAULT_MAX_CLAIMS } from './store';

/** The part of a message's sender the handlers read. */
interface Sender {
  tab?: { incognito?: boolean };
}

/**
 * The handlers, apart from the messaging library so their rules can be tested
 * with a plain sender object. Each answers a safe fallback when the library
 * is missing or fails: nothing is thrown across the message boundary.
 */
export function claimMemoryHandlers(service: Promise<ClaimService | null>) {
  const use = <T>(fallback: T, fn: (s: ClaimService) => Promise<T>): Promise<T> =>
    service.then((s) => (s ? fn(s) : fallback)).catch(() => fallback);
  return {
    // A private window's pages are matched (reading the library leaves no trace) but never kept.
    recallClaims: ({ data, sender }: { data: RecallRequest; sender: Sender }): Promise<SeenBefore[]> =>
      use([], (s) => s.recall(data, { private: sender.tab?.incognito === true })),
    libraryStatus: (): Promise<LibraryStatus> => use({ articles: [], claims: 0, maxClaims: DEFAULT_MAX_CLAIMS }, (s) => s.status()),
    pinArticle: ({ data }: { data: { url: string; pinned: boolean } }): Promise<boolean> => use(false, (s) => s.pin(data.url, data.pinned)),
    forgetArticle: ({ data }: { data: string }): Promise<boolean> => use(false, (s) => s.forget(data)),
    clearLibrary: (): Promise<boolean> => use(false, (s) => s.clear()),
    exportLibrary: (): Promise<ClaimPack | null> => use(null, (s) => s.exportPack()),
    importLibrary: ({ data }: { data: string }): Promise<ImportOutcome> =>
      use({ ok: false, articles: 0, claims: 0, errors: ['The claim library is not available.'] }, (s) => s.importPack(data)),
  };
}

/** What the background does with a recall besides matching (the toolbar badge). */
export interface ClaimMemoryHooks {
  /** A tab sent its page's claims: how many there are. */
  onRecall?: (tabId: number, claims: number) => void;
}

/** Opens the library and registers the claim-memory message handlers; call once from the background script. */
export function startClaimMemory(factory: IDBFactory = indexedDB, hooks: ClaimMemoryHooks = {}): void {
  const service: Promise<ClaimService | null> = ClaimLibrary.open(factory, { maxClaims: DEFAULT_MAX_CLAIMS })
    .then((library) => {
      const s = new ClaimService(library, { keeping: loadKeepClaims, maxClaims: DEFAULT_MAX_CLAIMS });
      s.warm();
      return s;
    })
    .catch(() => null); // No IndexedDB (a locked-down profile): pages still work, nothing is remembered.
  const h = claimMemoryHandlers(service);
  onMessage('recallClaims', (message) => {
    // Every article run sends its claims here, so the badge's count comes with
    // them rather than in a message of its own (one message less for the page).
    const tabId = message.sender.tab?.id;
    const claims = message.data?.claims;
    if (tabId != null && Array.isArray(claims)) hooks.onRecall?.(tabId, claims.length);
    return h.recallClaims(message);
  });
  onMessage('libraryStatus', h.libraryStatus);
  onMessage('pinArticle', h.pinArticle);
  onMessage('forgetArticle', h.forgetArticle);
  onMessage('clearLibrary', h.clearLibrary);
  onMessage('exportLibrary', h.exportLibrary);
  onMessage('importLibrary', h.importLibrary);
}
