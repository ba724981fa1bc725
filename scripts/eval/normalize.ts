/** Source comparison as the issue defines it: strict (same text) and lenient (head word). */

/** Trim a leading "the", punctuation and case: "The FBI." → "fbi". */
export function normSource(x: string): string {
  return x
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const words = (x: string): string[] => normSource(x).split(' ').filter(Boolean);

/** Same text after normalisation. */
export const strictMatch = (gold: string, pred: string): boolean => normSource(gold) === normSource(pred);

/**
 * The gold source's head word (its last word) is a word of the predicted source.
 * A trailing parenthesis is not a word of the noun group: the head of
 * "Rep. G.K. Butterfield (D-N.C.)" is "Butterfield", not the party tag.
 */
export function lenientMatch(gold: string, pred: string): boolean {
  const g = words(gold.replace(/\s*\([^()]*\)\s*$/, ''));
  if (g.length === 0) return false;
  const head = g[g.length - 1].replace(/'s$/, '');
  return words(pred).some((w) => w.replace(/'s$/, '') === head);
}

/** Precision, recall, F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number; tp: number; fp: number; fn: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}
