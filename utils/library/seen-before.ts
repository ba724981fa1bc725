/**
 * What a page learns about one of its sentences from the claim library: the
 * claim it restates, as the original article had it. Plain data, so it can
 * cross from the background to the content script and on to the popup, and
 * pure (no storage), so the page and popup bundles can import it.
 */
import type { ClaimStatus, SentenceRecord, Source } from '../analysis/types';
import { formatSeenBefore, seenBeforeLink } from './format';
import type { Match } from './match';
import type { ArticleMeta, StoredClaim } from './types';

/** A page sentence that restates a claim from the library. */
export interface SeenBefore {
  /** The sentence's index in the page report's `sentences`. */
  index: number;
  /** The card's line: "Seen before: <status> — <source> (<site>, <date>)". */
  line: string;
  /** The original article (http(s) only), or null when its URL is not safe to link. */
  link: string | null;
  /** The claim as the original article had it. */
  claim: { text: string; status: ClaimStatus; source: Source | null; article: ArticleMeta };
  /** Similarity in [0, 1]. */
  score: number;
}

/** What the content script sends the background after painting a page. */
export interface RecallRequest {
  article: ArticleMeta;
  /** The page's claim sentences with their index in the report (non-claims need not be sent). */
  claims: { index: number; sentence: SentenceRecord }[];
}

/** One kept article as the options page lists it (no claim texts: the list stays small). */
export interface ArticleSummary extends ArticleMeta {
  addedAt: number;
  pinned: boolean;
  claims: number;
}

/** The library as the options page shows it. */
export interface LibraryStatus {
  /** Newest first. */
  articles: ArticleSummary[];
  claims: number;
  /** The bound: past it the oldest unpinned articles are dropped. */
  maxClaims: number;
}

/** The outcome of importing a claim pack. */
export interface ImportOutcome {
  ok: boolean;
  articles: number;
  claims: number;
  /** What was rejected and why (or why the file was refused as a whole). */
  errors: string[];
}

/** A match as the page and the popup need it. */
export function toSeenBefore(index: number, match: Match<StoredClaim>): SeenBefore {
  const { claim } = match;
  return {
    index,
    line: formatSeenBefore(claim),
    link: seenBeforeLink(claim),
    claim: { text: claim.text, status: claim.status, source: claim.source, article: claim.article },
    score: match.score,
  };
}
