/**
 * Span precision, recall and F1 of predicted against gold spans, strict (same
 * extent) and lenient (overlapping, each gold and each predicted span used once).
 * Both sides are trimmed of surrounding spaces and punctuation first, so a span that
 * differs only by a closing quote or a period still matches strictly: token
 * boundaries, not annotators' habits with punctuation, decide.
 */
import type { Span } from '../../utils/analysis/bio-decode';

const EDGE = /[\s.,;:!?"“”'‘’()[\]—–-]/;

export function trim(text: string, s: Span): Span {
  let a = s.start, b = s.end;
  while (a < b && EDGE.test(text[a])) a++;
  while (b > a && EDGE.test(text[b - 1])) b--;
  return a < b ? { start: a, end: b } : s;
}

export interface Tally {
  gold: number;
  predicted: number;
  strict: number;
  lenientGold: number;
  lenientPredicted: number;
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, strict: 0, lenientGold: 0, lenientPredicted: 0 });

export function score(text: string, gold: Span[], predicted: Span[], into: Tally): void {
  const g = gold.map((s) => trim(text, s));
  const p = predicted.map((s) => trim(text, s));
  into.gold += g.length;
  into.predicted += p.length;
  const exact = new Set(g.map((s) => `${s.start}:${s.end}`));
  for (const s of p) if (exact.delete(`${s.start}:${s.end}`)) into.strict++;
  // Lenient: greedy one-to-one matching of overlapping spans in text order.
  const usedGold = new Uint8Array(g.length);
  let matched = 0;
  for (const s of p) {
    for (let j = 0; j < g.length; j++) {
      if (!usedGold[j] && g[j].start < s.end && g[j].end > s.start) {
        usedGold[j] = 1;
        matched++;
        break;
      }
    }
  }
  into.lenientGold += matched;
  into.lenientPredicted += matched;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const prf = (hitP: number, predicted: number, hitR: number, gold: number): Prf => {
  const p = predicted ? hitP / predicted : 0, r = gold ? hitR / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export const strictPrf = (t: Tally): Prf => prf(t.strict, t.predicted, t.strict, t.gold);
export const lenientPrf = (t: Tally): Prf => prf(t.lenientPredicted, t.predicted, t.lenientGold, t.gold);
