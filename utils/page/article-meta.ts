/**
 * The article's identity for the claim library: its URL (without the
 * fragment: `#comments` is the same article), title, site name and
 * publication date, read from the markup publishers put there for link
 * previews and search engines. Reads only `querySelector`, attributes and
 * `textContent`, so it works on a live page and on linkedom alike.
 */
import type { ArticleMeta } from '../library/types';

/** Longest site name or date kept: a hostile page cannot make the library hold a novel as its "site". */
const MAX_FIELD = 200;

/**
 * Metadata of the article in `doc`.
 * @param url the page address (location.href)
 * @param title the title the extraction found (the report's title), used before the document's own
 */
export function articleMeta(doc: Document, url: string, title?: string | null): ArticleMeta {
  let clean = url;
  let host = '';
  try {
    const u = new URL(url);
    u.hash = '';
    clean = u.href;
    host = u.hostname.replace(/^www\./, '');
  } catch {
    // Not a URL (a test document): kept as given; the library refuses what is not http(s).
  }
  const site = metaContent(doc, 'property', 'og:site_name') ?? metaContent(doc, 'name', 'application-name') ?? jsonLd(doc, 'publisher') ?? host;
  return {
    url: clean,
    title: tidy(title ?? '') || tidy(metaContent(doc, 'property', 'og:title') ?? '') || tidy(doc.title ?? ''),
    site: tidy(site).slice(0, MAX_FIELD) || host,
    date: publishedDate(doc),
  };
}

/** The publication date as the page writes it (ISO 8601 in practice), or null. */
function publishedDate(doc: Document): string | null {
  const found =
    metaContent(doc, 'property', 'article:published_time') ??
    metaContent(doc, 'name', 'article:published_time') ??
    metaContent(doc, 'itemprop', 'datePublished') ??
    jsonLd(doc, 'datePublished') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const date = found ? tidy(found).slice(0, MAX_FIELD) : '';
  // A date must at least hold a year: "now", "" and stray words are no date.
  return /\d{4}/.test(date) ? date : null;
}

function metaContent(doc: Document, attr: 'property' | 'name' | 'itemprop', value: string): string | null {
  for (const el of doc.querySelectorAll(`meta[${attr}]`)) {
    if (el.getAttribute(attr)?.toLowerCase() === value.toLowerCase()) {
      const content = el.getAttribute('content');
      if (content && content.trim()) return content;
    }
  }
  return null;
}

/**
 * A field of the page's schema.org JSON-LD (NewsArticle and kin), searched
 * through arrays and `@graph`. `publisher` gives the publisher's name.
 * Parsed as data with JSON.parse, never run.
 */
function jsonLd(doc: Document, field: 'datePublished' | 'publisher'): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findField(data, field, 0);
    if (found) return found;
  }
  return null;
}

function findField(node: unknown, field: string, depth: number): string | null {
  if (depth > 4 || !node || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findField(item, field, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const value = obj[field];
  if (typeof value === 'string' && value.trim()) return value;
  if (field === 'publisher' && value && typeof value === 'object') {
    const name = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;
    if (name && typeof name.name === 'string' && name.name.trim()) return name.name;
  }
  return findField(obj['@graph'], field, depth + 1);
}

const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();
