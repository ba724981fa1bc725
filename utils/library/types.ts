/**
 * Claim library records. A claim is one sentence record (the analyzer's
 * contract, utils/analysis/types.ts) plus the article it came from, so a later
 * match can say who stood behind it and link back.
 */
import type { ClaimStatus, SentenceRecord, Source } from '../analysis/types';

/** The article a claim was read in. */
export interface ArticleMeta {
  /** http(s) URL of the article; the library's key for it. */
  url: string;
  title: string;
  /** Site name or host ("Capital Ledger", "example.com"). */
  site: string;
  /** Publication date as written by the page (ISO 8601 preferred), or null. */
  date: string | null;
}

/** One article as the library keeps it. */
export interface StoredArticle extends ArticleMeta {
  /** When it was added (ms since epoch); the oldest unpinned go first when the library is full. */
  addedAt: number;
  /** Pinned articles are never dropped to make room. */
  pinned: boolean;
  /** Its claim sentences (status other than `none`). */
  claims: SentenceRecord[];
}

/** One claim, flattened for matching and display. */
export interface StoredClaim {
  /** `<article url>#<start offset>`: stable across re-analysis of the same text. */
  id: string;
  text: string;
  status: ClaimStatus;
  source: Source | null;
  cues: string[];
  article: ArticleMeta;
}

/** Flatten an article's claims into StoredClaims. */
export function claimsOf(article: StoredArticle): StoredClaim[] {
  const meta: ArticleMeta = { url: article.url, title: article.title, site: article.site, date: article.date };
  return article.claims
    .filter((r) => r.status !== 'none')
    .map((r) => ({
      id: `${article.url}#${r.start}`,
      text: r.text,
      status: r.status as ClaimStatus,
      source: r.source,
      cues: r.cues,
      article: meta,
    }));
}
