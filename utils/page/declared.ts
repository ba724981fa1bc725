/**
 * What a publisher says about its page: the markup made for link previews and
 * search engines. A page that declares itself an article (schema.org JSON-LD
 * `NewsArticle`, `Article`, `BlogPosting` and kin, `og:type=article`,
 * `article:published_time`, microdata `itemprop="articleBody"`, or a post's
 * permalink — `<a rel="bookmark">` — that is the page's own canonical address) is strong
 * evidence the verdict can lean on when the body is set in a way the text tests
 * miss (no stylesheet, no `<p>` runs, a short post).
 *
 * One native query for everything it reads, so a page that declares nothing
 * costs a single walk.
 */

const SELECTOR =
  'meta[property="og:type"], meta[property="article:published_time"], meta[name="article:published_time"], [itemprop="articleBody"], script[type="application/ld+json"], link[rel="canonical"], a[rel~="bookmark"]';
/** Permalinks compared at most: a blog's front page lists many posts, each with one. */
const MAX_BOOKMARKS = 20;

/** An address without its fragment and trailing slash, for comparing a permalink with the canonical address. */
const bare = (href: string) => href.trim().replace(/#.*$/, '').replace(/\/+$/, '');

/** Schema.org types that are articles (Article and its subtypes, blog and social postings). */
const ARTICLE_TYPE =
  /"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:https?:\/\/schema\.org\/)?(?:(?:News|Blog|Scholarly|Tech|Report|Analysis|Opinion|Reportage|Review|Satirical|Background|AskPublic)?Article|(?:Blog|SocialMedia|Discussion)?Posting|LiveBlogPosting)"/;
/** Characters of one JSON-LD script read: the type comes early; a hostile page cannot make us scan megabytes. */
const MAX_JSON_LD = 20_000;
/** JSON-LD scripts read at most. */
const MAX_SCRIPTS = 8;

/** Whether the page's own markup declares it an article (see the file comment). */
export function declaresArticle(doc: Document): boolean {
  const found = doc.querySelectorAll(SELECTOR);
  let scripts = 0;
  let bookmarks = 0;
  let canonical: string | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    const tag = el.tagName.toUpperCase();
    if (tag === 'LINK') {
      canonical ??= bare(el.getAttribute('href') ?? '') || null;
    } else if (tag === 'A') {
      // The post's own permalink on the page that is its canonical address: a
      // single post, however short (a front page's permalinks lead elsewhere).
      if (canonical && ++bookmarks <= MAX_BOOKMARKS && bare(el.getAttribute('href') ?? '') === canonical) return true;
    } else if (tag === 'META') {
      const property = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
      const content = (el.getAttribute('content') ?? '').trim().toLowerCase();
      if (property === 'og:type' ? content === 'article' : content !== '') return true;
    } else if (tag === 'SCRIPT') {
      if (++scripts > MAX_SCRIPTS) continue;
      if (ARTICLE_TYPE.test((el.textContent ?? '').slice(0, MAX_JSON_LD))) return true;
    } else {
      return true;
    }
  }
  return false;
}
