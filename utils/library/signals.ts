/**
 * Matching signals between a stored claim and a page sentence. One positive
 * signal (weighted term overlap) says "these talk about the same thing"; the
 * conflict signals say "…but not the same claim": a changed number, date,
 * polarity, antonym or swapped name. A match needs overlap and no conflict.
 */
import type { TextFeatures } from './features';
import { isQuantity, type NumberFact } from './facts';
import { ANTONYMS } from './lexicon';
import { canonical } from './normalize';

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

const sameUnit = (a: NumberFact, b: NumberFact): boolean => {
  if (a.type !== b.type) return false;
  if (a.type === 'count' || a.type === 'ordinal' || a.type === 'label' || a.type === 'duration') {
    return a.unit.some((u) => b.unit.includes(u));
  }
  return true;
};

/**
 * Number conflict: the claim states a quantity the sentence does not repeat,
 * and the sentence states a different quantity of the same kind ("121 votes"
 * vs "212 votes", "$21 million" vs "$210 million"). Why the unit check: a
 * restatement with more detail adds unrelated numbers ("1,850 adults in 11
 * countries") that must not count against it.
 */
export function numberConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  for (const c of claim.numbers) {
    const same = sentence.numbers.find((s) => s.value === c.value);
    if (same) {
      // "fewer than 14,000" says 14,000 was not reached.
      if (!!same.below !== !!c.below) return `number ${c.value} bound`;
      continue;
    }
    const other = sentence.numbers.find((s) => s.value !== c.value && sameUnit(c, s));
    if (other) return `number ${c.value} vs ${other.value}`;
  }
  // Both state quantities and share none: each gives its own facts, so they are
  // different claims (a restatement keeps at least one of the claim's figures or none).
  // Durations are left out: a span is often re-expressed ("two days" / "48 hours").
  const cq = claim.numbers.filter((n) => isQuantity(n) && n.type !== 'duration');
  const sq = sentence.numbers.filter((n) => isQuantity(n) && n.type !== 'duration');
  if (cq.length && sq.length && !cq.some((c) => sentence.numbers.some((s) => s.value === c.value))) {
    return `numbers ${cq[0].value} / ${sq[0].value}`;
  }
  return null;
}

const disjoint = <T>(a: Set<T>, b: Set<T>): boolean => {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
};

/**
 * Time conflict: both name a weekday (or month, season, deadline) and share
 * none. "In January" restates nothing said "in March".
 */
export function timeConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  const c = claim.times;
  const s = sentence.times;
  if (disjoint(c.weekdays, s.weekdays)) return 'weekday';
  if (disjoint(c.months, s.months)) return 'month';
  if (disjoint(c.seasons, s.seasons)) return 'season';
  if (disjoint(c.ends, s.ends)) return 'deadline';
  return null;
}

/**
 * Polarity conflict, checked both ways:
 * - every negated head in one text that also occurs in the other must be
 *   negated there too ("were not ordered" vs "were ordered"), unless the other
 *   text negates with the same family of words somewhere its own head does not
 *   line up (the two negations are then taken to be the same one, worded
 *   differently);
 * - a text that reports a denial or retraction cannot restate one that has no
 *   negation at all ("denied reports that X" vs "confirmed that X").
 */
export function polarityConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  const oneWay = (a: TextFeatures, b: TextFeatures): string | null => {
    for (const ev of a.polarity.events) {
      if (ev.kind === 'deny') continue;
      for (const h of ev.heads) {
        const tok = a.tokens[h];
        const inB = b.stems.get(tok.stem);
        if (!inB) continue;
        const bitA = a.polarity.bits[h];
        if (inB.some((k) => b.polarity.bits[k] === bitA)) continue;
        const waived = b.polarity.events.some((e) => e.kind === ev.kind && e.family === ev.family
          && e.heads.every((k) => !a.stems.has(b.tokens[k].stem)));
        if (!waived) return `${ev.word} ${tok.low}`;
      }
    }
    return null;
  };
  /*
   * A denial restated without a denial verb must still negate what was denied:
   * "rejected claims that the switch caused it" ≈ "the switch is not what caused it"
   * (the "not" governs a word inside the denied clause). Otherwise one text
   * reports a denial and the other the thing denied, or an allegation.
   */
  const negatesDenied = (n: TextFeatures, d: TextFeatures): boolean => n.polarity.events.some((e) =>
    e.kind === 'neg' && !e.cancelled && e.heads.some((h) => (d.stems.get(n.tokens[h].stem) ?? []).some((k) => d.polarity.bits[k] === 1)));
  const denies = (f: TextFeatures) => f.polarity.events.some((e) => (e.kind === 'deny' || e.kind === 'retract') && !e.cancelled);
  const dc = denies(claim), ds = denies(sentence);
  if (ds && !dc && !negatesDenied(claim, sentence)) return 'sentence denies';
  if (dc && !ds && !negatesDenied(sentence, claim)) return 'claim denies';
  return oneWay(claim, sentence) ?? oneWay(sentence, claim);
}

const ANTONYM_STEMS: [Set<string>, Set<string>][] = ANTONYMS.map(([a, b]) => [
  new Set(a.map((w) => canonical(w))),
  new Set(b.map((w) => canonical(w))),
]);

/**
 * Antonym conflict: one text uses one side of an antonym pair and the other
 * only the opposite side ("approve"/"reject", "won"/"lost", "above"/"below").
 */
export function antonymConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  const has = (f: TextFeatures, set: Set<string>) => [...set].some((s) => f.stems.has(s));
  for (const [a, b] of ANTONYM_STEMS) {
    const ca = has(claim, a), cb = has(claim, b), sa = has(sentence, a), sb = has(sentence, b);
    if ((ca && !cb && sb && !sa) || (cb && !ca && sa && !sb)) return 'antonym';
  }
  return null;
}

/**
 * Longest common subsequence of content-bearing token keys, with the aligned
 * index pairs. Used to see whether a sentence copies the claim.
 */
function align(a: string[], b: string[]): [number, number][] {
  const n = a.length, m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { pairs.push([i, j]); i++; j++; }
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const keys = (f: TextFeatures): { key: string; term: string; cap: boolean }[] =>
  f.tokens.filter((t) => t.kind !== 'punct').map((t) => ({ key: t.stem, term: t.term, cap: t.cap }));

/** How closely a sentence copies the claim word for word (both directions ≥ this). */
export const NEAR_COPY = 0.7;

/**
 * Substitution conflict. When a sentence copies a claim nearly word for word,
 * any content word it swaps out is deliberate: "sales taxes" → "property
 * taxes", "Elementary" → "Middle", a different person's name. Why only for
 * near copies: a free paraphrase swaps words all the time ("lines" → "pipes")
 * and its other evidence has to speak for it.
 */
export function substitutionConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  const a = keys(claim);
  const b = keys(sentence);
  if (!a.length || !b.length) return null;
  const pairs = align(a.map((x) => x.key), b.map((x) => x.key));
  if (pairs.length / a.length < NEAR_COPY || pairs.length / b.length < NEAR_COPY) return null;
  // A name left out together with a new name brought in is a swap wherever the two
  // sit ("Supreme Court" → "Court of Appeals" leaves two gaps).
  const gone = a.find((x) => x.term && x.cap && !x.term.startsWith('#') && !sentence.terms.has(x.term));
  const added = b.find((x) => x.term && x.cap && !x.term.startsWith('#') && !claim.terms.has(x.term));
  if (gone && added) return `swap ${gone.term}→${added.term}`;
  // Other words only when they fill the same slot between aligned words ("sales taxes" →
  // "property taxes"); a dropped adjective plus an added subject noun elsewhere is rewording.
  const bounds: [number, number][] = [[-1, -1], ...pairs, [a.length, b.length]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k];
    const [i1, j1] = bounds[k + 1];
    const gapA = a.slice(i0 + 1, i1).filter((x) => x.term && !sentence.terms.has(x.term));
    const gapB = b.slice(j0 + 1, j1).filter((x) => x.term && !claim.terms.has(x.term));
    if (gapA.length && gapB.length) return `swap ${gapA[0].term}→${gapB[0].term}`;
  }
  return null;
}
