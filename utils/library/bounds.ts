/**
 * Size bound for a library held in memory (the CLI's JSON file): drop the
 * oldest unpinned articles until at most `maxClaims` claims remain. The
 * IndexedDB store applies the same rule with a cursor.
 */
import type { StoredArticle } from './types';

/** Returns the kept articles (oldest first) and how many were dropped. */
export function evictOldest(articles: StoredArticle[], maxClaims: number): { kept: StoredArticle[]; dropped: number } {
  const sorted = [...articles].sort((a, b) => a.addedAt - b.addedAt);
  let total = sorted.reduce((n, a) => n + a.claims.length, 0);
  const drop = new Set<StoredArticle>();
  for (const a of sorted) {
    if (total <= maxClaims) break;
    if (a.pinned) continue;
    drop.add(a);
    total -= a.claims.length;
  }
  return { kept: sorted.filter((a) => !drop.has(a)), dropped: drop.size };
}

/** Merge imported articles into a library: same URL replaced, a pin on either side kept. */
export function mergeArticles(existing: StoredArticle[], incoming: StoredArticle[]): StoredArticle[] {
  const byUrl = new Map(existing.map((a) => [a.url, a]));
  for (const a of incoming) {
    if (!a.claims.length) continue;
    const old = byUrl.get(a.url);
    byUrl.set(a.url, { ...a, pinned: a.pinned || !!old?.pinned });
  }
  return [...byUrl.values()];
}
