/**
 * Substitution conflict: a near copy of the claim with one fact swapped
 * (another name, place or qualifier), found by aligning the two texts.
 */
import type { TextFeatures } from './features';

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
