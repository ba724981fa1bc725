/**
 * Best BIO label sequence for one tag layer (first-order Viterbi over O, B, I) and
 * the spans it marks. Shared by the attribution tagger and its training, so both
 * decode the same way. An I never follows an O or starts the text.
 */
export const O = 0, B = 1, I = 2;
export const LABELS = ['O', 'B', 'I'] as const;

/**
 * `emit[i * stride + offset + y]` is token i's score for label y; `trans` holds 12
 * scores: row 0 is the start, row 1 + y the label before.
 */
export function viterbi(emit: ArrayLike<number>, n: number, stride: number, offset: number, trans: ArrayLike<number>, out: Uint8Array): void {
  if (n === 0) return;
  const back = new Uint8Array(n * 3);
  let s0 = trans[0] + emit[offset], s1 = trans[1] + emit[offset + 1], s2 = -Infinity;
  for (let i = 1; i < n; i++) {
    const e = i * stride + offset;
    // Into O or B: from any label. Into I: from B or I only.
    let bestO = s0 + trans[3], bo = 0;
    let v = s1 + trans[6]; if (v > bestO) { bestO = v; bo = 1; }
    v = s2 + trans[9]; if (v > bestO) { bestO = v; bo = 2; }
    let bestB = s0 + trans[4], bb = 0;
    v = s1 + trans[7]; if (v > bestB) { bestB = v; bb = 1; }
    v = s2 + trans[10]; if (v > bestB) { bestB = v; bb = 2; }
    let bestI = s1 + trans[8], bi = 1;
    v = s2 + trans[11]; if (v > bestI) { bestI = v; bi = 2; }
    back[i * 3] = bo; back[i * 3 + 1] = bb; back[i * 3 + 2] = bi;
    s0 = bestO + emit[e]; s1 = bestB + emit[e + 1]; s2 = bestI + emit[e + 2];
  }
  let y = s0 >= s1 && s0 >= s2 ? 0 : s1 >= s2 ? 1 : 2;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * 3 + y];
  }
}

export interface Span {
  start: number;
  end: number;
}

/** Spans of a BIO label sequence, as character offsets of its tokens. */
export function bioSpans(labels: ArrayLike<number>, tokens: readonly Span[]): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i <= labels.length; i++) {
    const y = i < labels.length ? labels[i] : O;
    if (open >= 0 && y !== I) {
      out.push({ start: tokens[open].start, end: tokens[i - 1].end });
      open = -1;
    }
    if (y === B) open = i;
  }
  return out;
}
