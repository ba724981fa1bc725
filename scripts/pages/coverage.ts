import { tokens } from './metric';

/** One labelled sentence of ../shared/gold/news-pages/<doc>.jsonl (the fields we use). */
export interface GoldSentence {
  start: number;
  end: number;
  text: string;
  status: string;
}

/** Share of a gold sentence's words that must lie inside highlights for it to count as covered. */
export const COVERED_SHARE = 0.9;

/**
 * Which gold claim sentences the painted highlights cover. Matching is on word
 * 4-grams, not on offsets, because the page's text and the gold file's text are
 * two renderings of the same article (different whitespace, sometimes a stray
 * caption): a gold word is covered when a 4-gram containing it occurs in the
 * text of some highlight range, and a sentence is covered when at least
 * COVERED_SHARE of its words are.
 */
export function coverage(
  gold: GoldSentence[],
  highlighted: string[],
): { claims: number; covered: number; missed: GoldSentence[]; nonClaims: number; nonClaimsPainted: number } {
  const grams = new Set<string>();
  const shortTexts: string[] = [];
  for (const text of highlighted) {
    const t = tokens(text);
    shortTexts.push(` ${t.join(' ')} `);
    for (let i = 0; i + 4 <= t.length; i++) grams.add(t.slice(i, i + 4).join(' '));
  }
  let claims = 0;
  let covered = 0;
  let nonClaims = 0;
  let nonClaimsPainted = 0;
  const missed: GoldSentence[] = [];
  for (const s of gold) {
    const t = tokens(s.text);
    if (s.status === 'none') {
      // Painted non-claims: the other side of coverage (an analyzer that paints
      // everything would cover every claim).
      nonClaims++;
      if (t.length >= 4 && shareInside(t, grams) >= COVERED_SHARE) nonClaimsPainted++;
      continue;
    }
    claims++;
    let inside = 0;
    if (t.length < 4) {
      const key = ` ${t.join(' ')} `;
      inside = shortTexts.some((h) => h.includes(key)) ? t.length : 0;
    } else {
      inside = shareInside(t, grams) * t.length;
    }
    if (t.length && inside / t.length >= COVERED_SHARE) covered++;
    else missed.push(s);
  }
  return { claims, covered, missed, nonClaims, nonClaimsPainted };
}

function shareInside(t: string[], grams: Set<string>): number {
  let inside = 0;
  for (let j = 0; j < t.length; j++) {
    for (let k = Math.max(0, j - 3); k <= Math.min(j, t.length - 4); k++) {
      if (grams.has(t.slice(k, k + 4).join(' '))) {
        inside++;
        break;
      }
    }
  }
  return t.length ? inside / t.length : 0;
}
