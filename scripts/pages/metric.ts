/**
 * The article-extraction benchmark's own measure (scrapinghub's evaluate.py), so
 * our figure compares with the published ones: tokens are \w+ runs (Python's
 * Unicode \w: letters, numbers, underscore), shingles are 4-token n-grams with
 * counts, each page's TP/FP/FN are normalised to sum to 1, and precision, recall
 * and F1 come from their sums over pages.
 */

const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  // evaluate.py yields one shorter n-gram when the text has fewer than n tokens.
  if (t.length < n) {
    if (t.length) out.set(t.join(' '), 1);
    return out;
  }
  for (let i = 0; i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** One page's normalised TP/FP/FN of `predicted` against `truth`. */
export function shingleScore(truth: string, predicted: string): PageScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision, recall and F1 over pages from their summed scores. */
export function aggregate(scores: PageScore[]): { precision: number; recall: number; f1: number } {
  const tp = scores.reduce((s, x) => s + x.tp, 0);
  const fp = scores.reduce((s, x) => s + x.fp, 0);
  const fn = scores.reduce((s, x) => s + x.fn, 0);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
