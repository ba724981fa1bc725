/**
 * Text shown for a match: the card line "Seen before: <status> — <source>
 * (<site>, <date>)" and the link back to the original article.
 */
import type { StoredClaim } from './types';
import { safeUrl } from './pack';

/**
 * The "Seen before" line for a matched claim, e.g.
 * `Seen before: confirmed — The National Security Bureau (Capital Ledger, 2026-03-02)`.
 * With no source the source part reads "no source named"; missing site or date are left out.
 */
export function formatSeenBefore(claim: Pick<StoredClaim, 'status' | 'source' | 'article'>): string {
  const who = claim.source ? (claim.source.resolved ?? claim.source.text) : 'no source named';
  const where = [claim.article.site, formatDate(claim.article.date)].filter(Boolean).join(', ');
  return `Seen before: ${claim.status} — ${who}${where ? ` (${where})` : ''}`;
}

/** The original article's URL, only if it is http(s) (never a script URL). */
export function seenBeforeLink(claim: Pick<StoredClaim, 'article'>): string | null {
  return safeUrl(claim.article.url);
}

/** ISO timestamps shortened to the day; anything else shown as written. */
function formatDate(date: string | null): string {
  if (!date) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(date);
  return m ? m[1] : date;
}
