/**
 * The positive matching signal: weighted term overlap between a claim and a
 * sentence ("these talk about the same thing"). The conflict signals in
 * conflicts.ts, polarity-conflict.ts and substitution.ts then say "…but not
 * the same claim".
 */
import type { TextFeatures } from './features';

/** Words naming the speaker count this much: they identify the story more than the claim. */
export const ATTRIBUTION_WEIGHT = 0.5;

/** Weight of a term (inverse document frequency in the library). */
export type TermWeight = (term: string) => number;

export interface Overlap {
  /** Weight of terms present in both. */
  shared: number;
  /** Number of distinct claim terms found in the sentence. */
  sharedTerms: number;
  /** Shared weight excluding names: the predicate, not just the who/where. */
  sharedContent: number;
  claimTotal: number;
  sentenceTotal: number;
  /** Share of the claim's weight found in the sentence. */
  claimCoverage: number;
  /** Share of the sentence's weight found in the claim. */
  sentenceCoverage: number;
  /** The same two shares over words that are not names: how much of the predicate is restated. */
  claimContentCoverage: number;
  sentenceContentCoverage: number;
}

/**
 * Weighted term overlap. Why weighted: sharing a rare name or number is strong
 * evidence, sharing "water" or "city" is weak; inverse document frequency over
 * the library expresses exactly that. Why both coverages: a restatement with
 * less detail is covered by the claim (sentence coverage high), one with more
 * detail covers the claim (claim coverage high), a paraphrase does some of each.
 * Terms that are prefixes of each other (≥ 4 letters: "prep"/"preparation")
 * count as shared, since news abbreviates words.
 */
export function overlap(claim: TextFeatures, sentence: TextFeatures, weight: TermWeight): Overlap {
  let claimShared = 0;
  let sentenceShared = 0;
  let sharedAll = 0;
  let sharedContent = 0;
  let sharedTerms = 0;
  let claimTotal = 0;
  let sentenceTotal = 0;
  // Non-name parts: [shared, total] for the claim and for the sentence.
  const cc = [0, 0];
  const sc = [0, 0];
  const unmatchedClaim: string[] = [];
  const role = (f: TextFeatures, t: string) => (f.attributed.has(t) ? ATTRIBUTION_WEIGHT : 1);
  for (const [term, isName] of claim.terms) {
    const w = weight(term) * role(claim, term);
    claimTotal += w;
    if (!isName) cc[1] += w;
    if (sentence.terms.has(term)) {
      sharedTerms++;
      if (!isName) cc[0] += w;
      claimShared += w;
      sharedAll += w;
      if (!isName || !sentence.terms.get(term) || term.startsWith('#')) sharedContent += w;
    } else unmatchedClaim.push(term);
  }
  for (const [term, isName] of sentence.terms) {
    const w = weight(term) * role(sentence, term);
    sentenceTotal += w;
    if (!isName) sc[1] += w;
    if (claim.terms.has(term)) {
      sentenceShared += w;
      if (!isName) sc[0] += w;
      continue;
    }
    if (isName && claim.acronyms.has(term)) {
      // "NSB" for "National Security Bureau": the name's words are matched.
      sentenceShared += w;
      claimShared += w;
      claimTotal += w;
      sharedAll += w;
      continue;
    }
    if (term.length >= 4 && !term.startsWith('#')) {
      const hit = unmatchedClaim.find((c) => c.length >= 4 && (c.startsWith(term) || term.startsWith(c)));
      if (hit) {
        const wc = weight(hit) * role(claim, hit);
        sentenceShared += w;
        claimShared += wc;
        sharedAll += wc;
        if (!isName) { sharedContent += wc; sc[0] += w; }
        if (!claim.terms.get(hit)) cc[0] += wc;
      }
    }
  }
  return {
    shared: sharedAll,
    sharedTerms,
    sharedContent,
    claimTotal,
    sentenceTotal,
    claimCoverage: claimTotal ? Math.min(1, claimShared / claimTotal) : 0,
    sentenceCoverage: sentenceTotal ? Math.min(1, sentenceShared / sentenceTotal) : 0,
    claimContentCoverage: cc[1] ? Math.min(1, cc[0] / cc[1]) : 0,
    sentenceContentCoverage: sc[1] ? Math.min(1, sc[0] / sc[1]) : 0,
  };
}
