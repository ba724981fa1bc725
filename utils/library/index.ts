/**
 * Claim memory and claim matching: public API.
 *
 * Typical use (extension):
 *   const lib = await ClaimLibrary.open(indexedDB);
 *   await lib.add(articleMeta, records, { private: tab.incognito });
 *   const index = buildIndex(await lib.claims());          // once per session; then index.add/remove
 *   for (const s of claimSentences) {
 *     const m = findMatch(index, s.text, { skip: (c) => c.article.url === pageUrl }); // { claim, score } | null
 *     if (m) paint(s, formatSeenBefore(m.claim), seenBeforeLink(m.claim));
 *   }
 */
export { ClaimIndex, buildIndex, buildIndexAsync, type IndexableClaim } from './claim-index';
export { findMatch, bestCandidate, matchSentences, compare, MATCH_THRESHOLD, type Match, type MatchDetail, type MatchOptions } from './match';
export { features, type TextFeatures } from './features';
export { ClaimLibrary, DEFAULT_MAX_CLAIMS, type LibraryOptions, type AddOptions } from './store';
export {
  makePack, parsePack, validatePack, validateArticle, validateRecord, safeUrl, PACK_FORMAT, PACK_VERSION, PACK_LIMITS,
  type ClaimPack, type PackResult,
} from './pack';
export { claimsOf, type ArticleMeta, type StoredArticle, type StoredClaim } from './types';
export { formatSeenBefore, seenBeforeLink } from './format';
export { evictOldest, mergeArticles } from './bounds';
