import type { ClaimStatus, SourceType } from '@/utils/analysis/types';
import { sourceKey, sourceName, type Claim } from './sourcing';

/** "none" stands for claims with no source at all (the author's own voice). */
export type SourceTypeFilter = SourceType | 'none' | 'all';

export interface ClaimFilter {
  /** Statuses to show; empty means all. */
  statuses: ClaimStatus[];
  sourceType: SourceTypeFilter;
  query: string;
}

export const NO_FILTER: ClaimFilter = { statuses: [], sourceType: 'all', query: '' };

export const isFiltering = (f: ClaimFilter) => f.statuses.length > 0 || f.sourceType !== 'all' || f.query.trim() !== '';

/** Lower-case, accents and curly quotes folded, so "Hadad's" finds "Haddad’s" as a reader expects. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();

/** The claims that pass every active filter, still in article order. */
export function filterClaims(claims: Claim[], f: ClaimFilter): Claim[] {
  const terms = fold(f.query).split(/\s+/).filter(Boolean);
  return claims.filter(({ sentence: s }) => {
    if (f.statuses.length && !f.statuses.includes(s.status)) return false;
    if (f.sourceType === 'none' && s.source) return false;
    if (f.sourceType !== 'all' && f.sourceType !== 'none' && s.source?.type !== f.sourceType) return false;
    if (!terms.length) return true;
    // Every word must occur somewhere in the sentence or its source, chain included.
    const haystack = fold([s.text, s.source ? sourceName(s.source) : '', ...(s.source?.chain ?? [])].join(' '));
    return terms.every((t) => haystack.includes(t));
  });
}

export interface SourceGroup {
  key: string;
  /** Null for the group of claims with no source. */
  name: string | null;
  type: SourceType | null;
  claims: Claim[];
}

/**
 * "Who says what": claims grouped by source, the most quoted first (ties in order
 * of first appearance), and the author's own voice last.
 */
export function groupBySource(claims: Claim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const unsourced: SourceGroup = { key: '', name: null, type: null, claims: [] };
  for (const claim of claims) {
    const source = claim.sentence.source;
    if (!source) {
      unsourced.claims.push(claim);
      continue;
    }
    const key = sourceKey(source);
    const group = groups.get(key) ?? { key, name: source.resolved ?? source.text, type: source.type, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.claims.length - a.claims.length);
  return unsourced.claims.length ? [...sorted, unsourced] : sorted;
}
