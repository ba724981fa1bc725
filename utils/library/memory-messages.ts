/**
 * The background's half of the claim memory: opens the library in the
 * extension's own IndexedDB, starts building the index at once (so the first
 * page of a fresh service worker waits as little as possible), and answers
 * the content script's and the options page's messages through ClaimService.
 */
import { onMessage } from '../messages';
import { loadKeepClaims } from '../settings';
import { ClaimService } from './service';
import { ClaimLibrary, DEFAULT_MAX_CLAIMS } from './store';

/** Registers the claim-memory message handlers; call once from the background script. */
export function startClaimMemory(factory: IDBFactory = indexedDB): void {
  const service: Promise<ClaimService | null> = ClaimLibrary.open(factory, { maxClaims: DEFAULT_MAX_CLAIMS })
    .then((library) => {
      const s = new ClaimService(library, { keeping: loadKeepClaims, maxClaims: DEFAULT_MAX_CLAIMS });
      s.warm();
      return s;
    })
    .catch(() => null); // No IndexedDB (a locked-down profile): pages still work, nothing is remembered.

  /** Runs `fn` on the service, or answers `fallback` when there is none or it fails: nothing is thrown across. */
  const use = <T>(fallback: T, fn: (s: ClaimService) => Promise<T>): Promise<T> =>
    service.then((s) => (s ? fn(s) : fallback)).catch(() => fallback);

  onMessage('recallClaims', ({ data, sender }) =>
    // A private window's pages are matched (reading the library leaves no trace) but never kept.
    use([], (s) => s.recall(data, { private: sender.tab?.incognito === true })),
  );
  onMessage('libraryStatus', () => use({ articles: [], claims: 0, maxClaims: DEFAULT_MAX_CLAIMS }, (s) => s.status()));
  onMessage('pinArticle', ({ data }) => use(false, (s) => s.pin(data.url, data.pinned)));
  onMessage('forgetArticle', ({ data }) => use(false, (s) => s.forget(data)));
  onMessage('clearLibrary', () => use(false, (s) => s.clear()));
  onMessage('exportLibrary', () => use(null, (s) => s.exportPack()));
  onMessage('importLibrary', ({ data }) =>
    use({ ok: false, articles: 0, claims: 0, errors: ['The claim library is not available.'] }, (s) => s.importPack(data)),
  );
}
