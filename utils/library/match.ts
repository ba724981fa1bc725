/**
 * Claim matching: does a page sentence restate a claim in the library?
 *
 * Candidates come from the inverted index; each is scored by weighted term
 * overlap and then vetoed by any conflict signal (number, time, polarity,
 * antonym, substitution). The decision asks for the same claim, not the same
 * topic: enough of the claim's content must be restated, including some of its
 * predicate (not only the names), and nothing it says may be contradicted.
 */
import type { ClaimIndex, IndexableClaim } from './claim-index';
import { features, type TextFeatures } from './features';
import {
  antonymConflict, numberConflict, overlap, polarityConflict, substitutionConflict, timeConflict,
  type Overlap,
} from './signals';

/** Why a claim did or did not match a sentence. */
export interface MatchDetail {
  overlap: Overlap;
  /** Similarity in [0, 1] before vetoes. */
  similarity: number;
  /** The first conflict found, or null. */
  conflict: string | null;
}

/** A sentence's restated claim. */
export interface Match<C extends IndexableClaim = IndexableClaim> {
  claim: C;
  /** Similarity in [0, 1]; a match has score ≥ MATCH_THRESHOLD. */
  score: number;
  detail: MatchDetail;
}

/**
 * Similarity from the two coverages. Why not one of them: the claim coverage
 * alone rewards long sentences that contain everything (a related sentence that
 * repeats the claim's names); the sentence coverage alone rewards short ones.
 * The blend leans on whichever is higher (a partial restatement is high on one
 * side) but still needs the other to be substantial.
 */
export function similarity(o: Overlap): number {
  const hi = Math.max(o.claimCoverage, o.sentenceCoverage);
  const lo = Math.min(o.claimCoverage, o.sentenceCoverage);
  return 0.7 * hi + 0.3 * lo;
}

/** The same blend over non-name words only. */
export function predicateSimilarity(o: Overlap): number {
  const hi = Math.max(o.claimContentCoverage, o.sentenceContentCoverage);
  const lo = Math.min(o.claimContentCoverage, o.sentenceContentCoverage);
  return 0.6 * hi + 0.4 * lo;
}

/** Score at or above which a sentence counts as restating a claim. */
export const MATCH_THRESHOLD = 0.5;
/** The restated content must include this much non-name weight (the predicate). */
const MIN_CONTENT_SHARE = 0.25;
/**
 * Similarity over non-name words must reach this: two sentences of one story
 * share its names ("Birchwood Elementary", "Nina Okafor") but say different
 * things about them; the same claim also repeats what is said.
 */
const MIN_PREDICATE = 0.38;
/** At least this many distinct terms must be shared. */
const MIN_SHARED_TERMS = 2;

/** Compare one sentence with one claim (features precomputed). */
export function compare(claim: TextFeatures, sentence: TextFeatures, weight: (t: string) => number): MatchDetail {
  const o = overlap(claim, sentence, weight);
  let sim = similarity(o);
  if (o.shared > 0 && o.sharedContent / o.shared < MIN_CONTENT_SHARE) sim = Math.min(sim, MATCH_THRESHOLD - 0.01);
  if (predicateSimilarity(o) < MIN_PREDICATE) sim = Math.min(sim, MATCH_THRESHOLD - 0.01);
  // One shared word is a coincidence, whatever its weight.
  if (o.sharedTerms < MIN_SHARED_TERMS) sim = Math.min(sim, MATCH_THRESHOLD - 0.01);
  const conflict = sim >= MATCH_THRESHOLD - 0.15
    ? numberConflict(claim, sentence) ?? timeConflict(claim, sentence) ?? polarityConflict(claim, sentence)
      ?? antonymConflict(claim, sentence) ?? substitutionConflict(claim, sentence)
    : null;
  return { overlap: o, similarity: sim, conflict };
}

export interface MatchOptions<C> {
  /**
   * Claims to leave out, e.g. those of the page being read (it is in the
   * library too, and every sentence would match itself):
   * `{ skip: (c) => c.article.url === pageUrl }`.
   */
  skip?: (claim: C) => boolean;
}

/**
 * The best restated claim for one sentence, or null.
 * @param index the claim library's index
 * @param sentence the page sentence text (or its precomputed features)
 */
export function findMatch<C extends IndexableClaim>(
  index: ClaimIndex<C>,
  sentence: string | TextFeatures,
  options: MatchOptions<C> = {},
): Match<C> | null {
  return bestCandidate(index, sentence, options).match;
}

/**
 * Like findMatch, but also returns the closest candidate when there is no
 * match (for the CLI's score): the most similar one without a conflict, or,
 * if every candidate has one, the most similar vetoed one.
 */
export function bestCandidate<C extends IndexableClaim>(
  index: ClaimIndex<C>,
  sentence: string | TextFeatures,
  options: MatchOptions<C> = {},
): { match: Match<C> | null; best: Match<C> | null } {
  const f = typeof sentence === 'string' ? features(sentence) : sentence;
  const terms = [...f.terms.keys()];
  let best: Match<C> | null = null;
  let match: Match<C> | null = null;
  for (const cand of index.candidates(terms, undefined, undefined, options.skip)) {
    const detail = compare(cand.features, f, index.weight);
    const score = detail.conflict ? 0 : detail.similarity;
    const m: Match<C> = { claim: cand.claim, score: round(detail.similarity), detail };
    const better = !best || (!!best.detail.conflict && !detail.conflict)
      || (!!best.detail.conflict === !!detail.conflict && detail.similarity > best.detail.similarity);
    if (better) best = m;
    if (!detail.conflict && score >= MATCH_THRESHOLD && (!match || score > match.score)) match = { ...m, score: round(score) };
  }
  return { match, best };
}

/**
 * Match every sentence of a page against the library.
 * @returns one entry per input sentence, in order; `match` null when none.
 */
export function matchSentences<C extends IndexableClaim>(
  index: ClaimIndex<C>,
  sentences: string[],
  options: MatchOptions<C> = {},
): { sentence: string; match: Match<C> | null }[] {
  return sentences.map((sentence) => ({ sentence, match: findMatch(index, sentence, options) }));
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
