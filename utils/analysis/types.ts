/**
 * The sentence record every part of Sourcelight speaks: the analyzer produces it
 * (in the extension's background), the content script paints it, the popup lists it, the CLI prints it, the claim
 * library stores it. Plain serialisable data only, so it can cross message and
 * storage boundaries unchanged. Meanings follow ../shared/docs/LABELS.md.
 */

/** How the article itself supports a sentence (never our verdict on truth). */
export const STATUSES = [
  'confirmed',
  'reported',
  'alleged',
  'speculative',
  'disputed',
  'unattributed',
  'opinion',
  'none',
] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that make a sentence a claim (everything but `none`). */
export type ClaimStatus = Exclude<Status, 'none'>;
export const CLAIM_STATUSES = STATUSES.filter((s): s is ClaimStatus => s !== 'none');

export const SOURCE_TYPES = [
  'politician',
  'government',
  'law_enforcement',
  'court',
  'organization',
  'expert',
  'media',
  'document',
  'anonymous',
  'person',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface Source {
  /** Shortest span naming who stands behind the sentence, without the cue word. */
  text: string;
  type: SourceType;
  /** Nested attribution, outermost first; the last element equals `text`. */
  chain: string[];
  /** For a pronoun or a shortened name ("he", "Pompeo"), the nearest earlier full name; otherwise null. */
  resolved: string | null;
}

export interface SentenceRecord {
  /** UTF-16 offset into the analysed text (JavaScript string index). */
  start: number;
  /** End offset, exclusive. */
  end: number;
  text: string;
  status: Status;
  source: Source | null;
  /** The words that decided the status, each occurring literally in `text`. */
  cues: string[];
  /** True when the source comes from an attribution in a neighbouring sentence. */
  carried?: boolean;
}

export const isClaim = (s: Pick<SentenceRecord, 'status'>): boolean => s.status !== 'none';
