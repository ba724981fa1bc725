/**
 * Marks the tokens that name who says a sentence ("…, the sheriff said";
 * "According to Dr. X, …"; "Court records show that …"). Why: two sentences
 * of one story often share the speaker and nothing else, while a restatement
 * often drops or rewrites the speaker. The matcher counts these words at
 * reduced weight, so the claim itself has to carry a match.
 */
import type { Token } from './normalize';
import { REPORTING_VERBS } from './lexicon';

/** Longest clause that can still be an attribution tail ("…, said X, a Y at Z."). */
const MAX_TAIL = 12;
/** A leading "X said (that) …" subject is at most this long. */
const MAX_LEAD = 9;

/** Returns one flag per token: true when the token belongs to an attribution. */
export function attributionMask(tokens: Token[]): boolean[] {
  const mask = tokens.map(() => false);
  const isVerb = (t: Token) => t.kind === 'word' && REPORTING_VERBS.has(t.low);
  // Clause ranges (split at commas and other clause breaks).
  const clauses: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].clause !== tokens[start].clause) {
      clauses.push([start, i]);
      start = i;
    }
  }
  const words = (c: [number, number]) => tokens.slice(c[0], c[1]).filter((t) => t.kind !== 'punct').length;
  const hasVerb = (c: [number, number]) => tokens.slice(c[0], c[1]).some(isVerb);
  // Tail: the last clauses, from the first short clause with a reporting verb to the end.
  let tailFrom = -1;
  for (let k = clauses.length - 1; k >= 1; k--) {
    if (words(clauses[k]) > MAX_TAIL) break;
    if (hasVerb(clauses[k])) tailFrom = k;
  }
  if (tailFrom > 0) for (let k = tailFrom; k < clauses.length; k++) for (let i = clauses[k][0]; i < clauses[k][1]; i++) mask[i] = true;
  // Lead: "According to X, …".
  const first = clauses[0];
  if (first && tokens[first[0]]?.low === 'according' && clauses.length > 1) {
    for (let i = first[0]; i < first[1]; i++) mask[i] = true;
  } else if (first) {
    // Lead: "X said (that) …" with a short subject and the verb before any comma.
    for (let i = first[0]; i < Math.min(first[1], first[0] + MAX_LEAD + 1); i++) {
      if (isVerb(tokens[i]) && i > first[0] && i + 1 < first[1]) {
        for (let k = first[0]; k <= i; k++) mask[k] = true;
        break;
      }
    }
  }
  return mask;
}
