/**
 * Polarity: which words of a sentence are asserted and which are negated,
 * denied or retracted. "Residents were not ordered to evacuate" shares almost
 * every word with "Residents were ordered to evacuate" and says the opposite;
 * polarity is the only lexical evidence that tells them apart.
 *
 * Model (deliberately small, no parser):
 * - a negator ("not", "never", "no", "unlikely", …) negates its HEAD, the
 *   next content word in the same clause; after an epistemic noun ("no
 *   evidence that …", "no plans to …") or before "that" ("improbable that …")
 *   it negates the rest of the clause;
 * - a denial verb ("denied", "rejected", …) negates the rest of its clause;
 *   "did not deny" cancels the denial;
 * - a retraction verb ("withdrew", "overturned", "dropped the charges")
 *   negates its object and the rest of its clause.
 * Each token gets a polarity bit (odd number of negations covering it).
 */
import type { Token } from './normalize';
import {
  CLEAR_WORDS, DENY_WORDS, DROP_OBJECTS, DROP_WORDS, EPISTEMIC_NOUNS, FUNCTION_WORDS, NEGATORS, NEGATOR_FAMILY,
  RETRACT_WORDS, SKIP_BEFORE_HEAD,
} from './lexicon';

export interface NegationEvent {
  kind: 'neg' | 'deny' | 'retract';
  /** The negating word as written (lower case). */
  word: string;
  /** Family used to pair negations across texts ("not"-like or "unlikely"-like). */
  family: string;
  /** Token indices of the negated heads (empty when none in the clause). */
  heads: number[];
  /** For denials: cancelled by a preceding negator ("did not deny"). */
  cancelled?: boolean;
}

export interface Polarity {
  events: NegationEvent[];
  /** Polarity bit per token index (1 = negated). */
  bits: Uint8Array;
}

const isHeadCandidate = (t: Token): boolean =>
  t.kind !== 'punct' && !SKIP_BEFORE_HEAD.has(t.low) && !FUNCTION_WORDS.has(t.low);

/** First content token after `from` in the same clause, skipping determiners and auxiliaries. */
function headAfter(tokens: Token[], from: number, skip = isHeadCandidate): number {
  const clause = tokens[from]?.clause;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.clause !== clause || (t.kind === 'punct' && t.raw !== '-' && t.raw !== '$')) return -1;
    if (t.kind === 'punct') continue;
    if (skip(t) && !/ly$/.test(t.low)) return i;
  }
  return -1;
}

/** Index just past the end of the clause containing `i`. */
function clauseEnd(tokens: Token[], i: number): number {
  const c = tokens[i].clause;
  let k = i;
  while (k < tokens.length && tokens[k].clause === c && !(tokens[k].kind === 'punct' && /[,;:.!?"()—–]/.test(tokens[k].raw))) k++;
  return k;
}

const flipRange = (bits: Uint8Array, from: number, to: number): void => {
  for (let k = from; k < to; k++) bits[k] ^= 1;
};

/** Compute negation events and the polarity bit of every token. */
export function polarity(tokens: Token[]): Polarity {
  const events: NegationEvent[] = [];
  const bits = new Uint8Array(tokens.length);
  const cancelled = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (NEGATORS.has(t.low)) {
      const family = NEGATOR_FAMILY[t.low] ?? 'not';
      // "not" + denial/retraction: a negated denial is an affirmation.
      const h = headAfter(tokens, i);
      if (h >= 0 && (DENY_WORDS.has(tokens[h].low) || RETRACT_WORDS.has(tokens[h].low))) {
        cancelled.add(h);
        bits[h] ^= 1;
        events.push({ kind: 'neg', word: t.low, family, heads: [h] });
        continue;
      }
      // "improbable that …", "not true that …": the whole clause.
      let k = i + 1;
      while (tokens[k] && /^(is|be|was|true|clear)$/.test(tokens[k].low)) k++;
      if (tokens[k]?.low === 'that') {
        const h2 = headAfter(tokens, k);
        flipRange(bits, k + 1, clauseEnd(tokens, i));
        events.push({ kind: 'neg', word: t.low, family, heads: h2 >= 0 ? [h2] : [] });
        continue;
      }
      if (h < 0) { events.push({ kind: 'neg', word: t.low, family, heads: [] }); continue; }
      if (EPISTEMIC_NOUNS.has(tokens[h].low)) {
        // "no evidence that X", "no plans to X": X is what is negated.
        let j = h + 1;
        while (tokens[j] && tokens[j].clause === tokens[h].clause && !/^(that|to|of)$/.test(tokens[j].low)) j++;
        const h2 = tokens[j] && tokens[j].clause === tokens[h].clause ? headAfter(tokens, j) : -1;
        flipRange(bits, h, clauseEnd(tokens, h));
        events.push({ kind: 'neg', word: t.low, family, heads: h2 >= 0 ? [h, h2] : [h] });
        continue;
      }
      bits[h] ^= 1;
      events.push({ kind: 'neg', word: t.low, family, heads: [h] });
      continue;
    }
    if (DENY_WORDS.has(t.low)) {
      const isCancelled = cancelled.has(i);
      if (!isCancelled) flipRange(bits, i + 1, clauseEnd(tokens, i));
      events.push({ kind: 'deny', word: t.low, family: 'deny', heads: [], cancelled: isCancelled });
      continue;
    }
    const drop = DROP_WORDS.has(t.low);
    // "cleared the hospital of overbilling": an exoneration retracts the charge.
    const clear = CLEAR_WORDS.has(t.low) && tokens.slice(i + 1, i + 6).some((x) => x.low === 'of');
    if (RETRACT_WORDS.has(t.low) || drop || clear) {
      const h = headAfter(tokens, i, (x) => x.kind !== 'punct' && !FUNCTION_WORDS.has(x.low)
        && !/^(a|an|the|its|their|his|her|all|any)$/.test(x.low));
      if (drop) {
        // Only "dropped the charges", not "shares dropped 5 percent": look for a legal object.
        let found = -1;
        for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) if (DROP_OBJECTS.has(tokens[k].low)) { found = k; break; }
        if (found < 0) continue;
      }
      const isCancelled = cancelled.has(i);
      if (!isCancelled) flipRange(bits, i + 1, clauseEnd(tokens, i));
      events.push({ kind: 'retract', word: t.low, family: 'retract', heads: h >= 0 ? [h] : [], cancelled: isCancelled });
    }
  }
  return { events, bits };
}

/** True when the text denies or retracts something (not cancelled by "did not"). */
export const hasDenial = (p: Polarity): boolean =>
  p.events.some((e) => (e.kind === 'deny' || e.kind === 'retract') && !e.cancelled);
