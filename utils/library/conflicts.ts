/**
 * Conflict signals on the particulars of a claim: its numbers, its time
 * anchors and its antonyms. A restatement may drop a particular but never
 * changes one.
 */
import type { TextFeatures } from './features';
import { isQuantity, type NumberFact } from './facts';
import { ANTONYMS } from './lexicon';
import { canonical } from './normalize';

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
