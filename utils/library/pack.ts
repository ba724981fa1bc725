/**
 * Claim packs: the JSON file a reader exports from, or imports into, the
 * claim library. It is the CLI's `sentences` records plus article metadata.
 * Imported files are untrusted: everything is checked, unknown fields are
 * dropped, sizes are capped and only http(s) links survive (a claim card links
 * to its article, so a `javascript:` URL must never get through).
 */
import { SOURCE_TYPES, STATUSES, type SentenceRecord, type Source } from '../analysis/types';
import type { StoredArticle } from './types';

export const PACK_FORMAT = 'sourcelight-claim-pack';
export const PACK_VERSION = 1;

/** The file format. */
export interface ClaimPack {
  format: typeof PACK_FORMAT;
  version: number;
  /** ISO time of export. */
  exported: string;
  articles: StoredArticle[];
}

/** Limits for imported data; well above real use, low enough to keep a hostile file harmless. */
export const PACK_LIMITS = {
  articles: 20_000,
  claimsPerArticle: 2_000,
  textLength: 5_000,
  fieldLength: 2_000,
  cues: 20,
  chain: 10,
};

export interface PackResult {
  pack: ClaimPack;
  /** Human-readable notes on what was skipped. */
  errors: string[];
}

/** Make a pack from library articles. */
export function makePack(articles: StoredArticle[], now = new Date()): ClaimPack {
  return { format: PACK_FORMAT, version: PACK_VERSION, exported: now.toISOString(), articles };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, max = PACK_LIMITS.fieldLength): string | null =>
  typeof x === 'string' && x.length <= max ? x : null;

/** A safe http(s) URL, normalised, or null. */
export function safeUrl(x: unknown): string | null {
  const s = str(x);
  if (!s) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function source(x: unknown): Source | null | undefined {
  if (x === null || x === undefined) return null;
  if (!isObj(x)) return undefined;
  const text = str(x.text);
  const type = SOURCE_TYPES.find((t) => t === x.type);
  if (!text || !type) return undefined;
  const chain = Array.isArray(x.chain)
    ? x.chain.slice(0, PACK_LIMITS.chain).filter((c): c is string => typeof c === 'string' && c.length <= PACK_LIMITS.fieldLength)
    : [text];
  const resolved = typeof x.resolved === 'string' ? str(x.resolved) : null;
  return { text, type, chain: chain.length ? chain : [text], resolved };
}

/** Validate one sentence record; null when unusable. */
export function validateRecord(x: unknown): SentenceRecord | null {
  if (!isObj(x)) return null;
  const text = str(x.text, PACK_LIMITS.textLength);
  const status = STATUSES.find((s) => s === x.status);
  if (!text || !text.trim() || !status) return null;
  const start = Number.isSafeInteger(x.start) && (x.start as number) >= 0 ? (x.start as number) : 0;
  const end = Number.isSafeInteger(x.end) && (x.end as number) >= start ? (x.end as number) : start + text.length;
  const src = source(x.source);
  if (src === undefined) return null;
  const cues = Array.isArray(x.cues)
    ? x.cues.slice(0, PACK_LIMITS.cues).filter((c): c is string => typeof c === 'string' && c.length <= 200)
    : [];
  const rec: SentenceRecord = { start, end, text, status, source: status === 'none' ? null : src, cues };
  if (x.carried === true) rec.carried = true;
  return rec;
}

/** Validate one article; null when unusable. */
export function validateArticle(x: unknown, errors: string[] = [], now = Date.now()): StoredArticle | null {
  if (!isObj(x)) { errors.push('an article is not an object'); return null; }
  const url = safeUrl(x.url);
  if (!url) { errors.push(`article skipped: missing or unsafe url`); return null; }
  const raw = Array.isArray(x.claims) ? x.claims : Array.isArray(x.sentences) ? x.sentences : null;
  if (!raw) { errors.push(`${url}: no claims`); return null; }
  if (raw.length > PACK_LIMITS.claimsPerArticle) errors.push(`${url}: only the first ${PACK_LIMITS.claimsPerArticle} claims kept`);
  const claims: SentenceRecord[] = [];
  let bad = 0;
  for (const r of raw.slice(0, PACK_LIMITS.claimsPerArticle)) {
    const rec = validateRecord(r);
    if (!rec) bad++;
    else if (rec.status !== 'none') claims.push(rec);
  }
  if (bad) errors.push(`${url}: ${bad} malformed record(s) skipped`);
  const addedAt = typeof x.addedAt === 'number' && Number.isFinite(x.addedAt) && x.addedAt > 0 ? Math.min(x.addedAt, now) : now;
  return {
    url,
    title: str(x.title) ?? '',
    site: str(x.site, 300) ?? new URL(url).hostname,
    date: str(x.date, 100),
    addedAt,
    pinned: x.pinned === true,
    claims,
  };
}

/**
 * Validate parsed JSON as a claim pack. Never throws on content; throws only
 * when the value is not a claim pack at all.
 */
export function validatePack(x: unknown, now = Date.now()): PackResult {
  if (!isObj(x) || x.format !== PACK_FORMAT || !Array.isArray(x.articles)) {
    throw new Error('not a Sourcelight claim pack');
  }
  if (typeof x.version === 'number' && x.version > PACK_VERSION) {
    throw new Error(`claim pack version ${x.version} is newer than this Sourcelight understands`);
  }
  const errors: string[] = [];
  if (x.articles.length > PACK_LIMITS.articles) errors.push(`only the first ${PACK_LIMITS.articles} articles kept`);
  const byUrl = new Map<string, StoredArticle>();
  for (const a of x.articles.slice(0, PACK_LIMITS.articles)) {
    const art = validateArticle(a, errors, now);
    if (art) byUrl.set(art.url, art);
  }
  return {
    pack: { format: PACK_FORMAT, version: PACK_VERSION, exported: str(x.exported, 100) ?? '', articles: [...byUrl.values()] },
    errors,
  };
}

/** Parse and validate a claim pack from JSON text. */
export function parsePack(json: string, now = Date.now()): PackResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('claim pack is not valid JSON');
  }
  return validatePack(parsed, now);
}
