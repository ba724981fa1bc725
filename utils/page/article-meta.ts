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
 * The page's meta tags and JSON-LD scripts, each list found once when first
 * asked for. A whole-document query walks every node (about 1.7 ms each on a page
 * of 200,000 nodes, and the lookups below made up to eight), so meta tags are
 * looked up in the head first: when the head opens the document, a match there
 * is the first in document order, the one a whole-document query would give.
 * Only a lookup the head cannot answer searches the whole document, because
 * microdata `<meta itemprop>` and JSON-LD often sit in the body.
 */
class PageMarkup {
  private headMetas: ArrayLike<Element> | null = null;
  private allMetas: ArrayLike<Element> | null = null;
  private scripts: ArrayLike<Element> | null = null;
  /** Parsed JSON-LD per script (undefined where it does not parse), filled as read. */
  private readonly parsed: unknown[] = [];

  constructor(private readonly doc: Document) {}

  /** The content of the first `<meta>` whose `attr` is `value` (any case) and whose content is not blank. */
  metaContent(attr: 'property' | 'name' | 'itemprop', value: string): string | null {
    if (!this.headMetas) {
      const head = this.doc.head;
      // Nothing but <html> itself precedes a head that is its first element.
      const first = head && head.parentNode === this.doc.documentElement && !head.previousElementSibling;
      this.headMetas = first ? head.getElementsByTagName('meta') : [];
    }
    const inHead = firstContent(this.headMetas, attr, value);
    if (inHead !== null) return inHead;
    this.allMetas ??= this.doc.getElementsByTagName('meta');
    return firstContent(this.allMetas, attr, value);
  }

  /**
   * A field of the page's schema.org JSON-LD (NewsArticle and kin), searched
   * through arrays and `@graph`. `publisher` gives the publisher's name.
   * Parsed as data with JSON.parse, never run; each script parsed once.
   */
  jsonLd(field: 'datePublished' | 'publisher'): string | null {
    const scripts = (this.scripts ??= Array.from(this.doc.querySelectorAll('script[type="application/ld+json"]')));
    for (let i = 0; i < scripts.length; i++) {
      if (i >= this.parsed.length) {
        try {
          this.parsed.push(JSON.parse(scripts[i].textContent ?? ''));
        } catch {
          this.parsed.push(undefined);
        }
      }
      const found = findField(this.parsed[i], field, 0);
      if (found) return found;
    }
    return null;
  }
}

function firstContent(metas: ArrayLike<Element>, attr: string, value: string): string | null {
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i];
    if (el.getAttribute(attr)?.toLowerCase() === value.toLowerCase()) {
      const content = el.getAttribute('content');
      if (content && content.trim()) return content;
    }
  }
  return null;
}

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
  const page = new PageMarkup(doc);
  const site = page.metaContent('property', 'og:site_name') ?? page.metaContent('name', 'application-name') ?? page.jsonLd('publisher') ?? host;
  return {
    url: clean,
    title: tidy(title ?? '') || tidy(page.metaContent('property', 'og:title') ?? '') || tidy(doc.title ?? ''),
    site: tidy(site).slice(0, MAX_FIELD) || host,
    date: publishedDate(doc, page),
  };
}

/** The publication date as the page writes it (ISO 8601 in practice), or null. */
function publishedDate(doc: Document, page: PageMarkup): string | null {
  const found =
    page.metaContent('property', 'article:published_time') ??
    page.metaContent('name', 'article:published_time') ??
    page.metaContent('itemprop', 'datePublished') ??
    page.jsonLd('datePublished') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const date = found ? tidy(found).slice(0, MAX_FIELD) : '';
  // A date must at least hold a year: "now", "" and stray words are no date.
  return /\d{4}/.test(date) ? date : null;
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
