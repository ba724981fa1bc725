import type { ClaimStatus, SentenceRecord, Source, SourceType } from '@/utils/analysis/types';
import { CLAIM_STATUSES } from '@/utils/analysis/types';

/** A claim with its index among the article's sentences (what "scroll to" needs). */
export interface Claim {
  index: number;
  sentence: SentenceRecord & { status: ClaimStatus };
}

/** The article's claims in article order. */
export function claimsIn(sentences: SentenceRecord[]): Claim[] {
  const out: Claim[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.status !== 'none') out.push({ index, sentence: sentence as Claim['sentence'] });
  });
  return out;
}

/**
 * Who a source is, for counting and grouping: a pronoun counts as the person it
 * stands for, and case and spacing do not make two sources.
 */
export function sourceKey(source: Source): string {
  return (source.resolved ?? source.text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The name a reader sees for a source: "She" becomes "She (Ada Brennan)". */
export function sourceName(source: Source): string {
  return source.resolved ? `${source.text} (${source.resolved})` : source.text;
}

export interface SourcingSummary {
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  /** Claims that name someone (or something) behind them. */
  attributed: number;
  /** Distinct sources behind the attributed claims. */
  sources: number;
  named: number;
  anonymous: number;
  /** Claims whose source is anonymous ("sources say"). */
  anonymousClaims: number;
  /** Claims in the author's own voice (unattributed assertions and opinion), 0–1. */
  ownVoiceShare: number;
}

/** The numbers at the top of the popup, read from the claims alone. */
export function summarise(claims: Claim[]): SourcingSummary {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const sources = new Map<string, SourceType>();
  let attributed = 0;
  let ownVoice = 0;
  let anonymousClaims = 0;
  for (const { sentence } of claims) {
    byStatus[sentence.status]++;
    if (sentence.source) {
      attributed++;
      if (sentence.source.type === 'anonymous') anonymousClaims++;
      const key = sourceKey(sentence.source);
      // One anonymous mention is enough to count a source as anonymous.
      if (!sources.has(key) || sentence.source.type === 'anonymous') sources.set(key, sentence.source.type);
    } else if (sentence.status === 'unattributed' || sentence.status === 'opinion') {
      ownVoice++;
    }
  }
  const anonymous = [...sources.values()].filter((t) => t === 'anonymous').length;
  return {
    claims: claims.length,
    byStatus,
    attributed,
    sources: sources.size,
    named: sources.size - anonymous,
    anonymous,
    anonymousClaims,
    ownVoiceShare: claims.length ? ownVoice / claims.length : 0,
  };
}

/**
 * One line a reader takes in at a glance: what the article mostly rests on. It
 * describes the sourcing, never whether the claims are true.
 */
export function gist(s: SourcingSummary): string | null {
  if (s.claims === 0) return null;
  if (s.ownVoiceShare >= 0.5) return "Mostly asserted in the author's own voice.";
  const namedClaims = s.attributed - s.anonymousClaims;
  if (s.anonymousClaims > 0 && s.anonymousClaims >= namedClaims) return 'Leans on anonymous sources.';
  if (namedClaims > 0) return s.anonymousClaims > 0 ? 'Rests mostly on named sources, with some anonymous ones.' : 'Rests on named sources.';
  return null;
}
