/**
 * The cheap first look that keeps Sourcelight off pages that are not for it. It
 * runs before anything walks the page, so a search page, a web app or a PDF
 * viewer costs well under a millisecond: a content-type test, then one native
 * query for paragraph text.
 */
import { MIN_ARTICLE_CHARS } from './article-root';

/**
 * Containers that say they hold an article: the semantic ones, and the class or
 * id names sites give their body ("story-body", "article-text", "post-content").
 * One native query; only the first few matches are read.
 */
const DECLARED =
  'article, [itemprop="articleBody"], main, [role="main"], [class*="article" i], [class*="story" i], [class*="post-content" i], [class*="entry-content" i], [id*="article" i], [id*="story" i]';
const MAX_DECLARED = 12;

/** Go on with the full look, or stop with the reason the popup shows. */
export type Precheck = { go: true } | { go: false; reason: string };

/** How many <p> elements the quick count reads at most: enough to see an article. */
const MAX_PARAGRAPHS = 400;

/** The cheap first look at `doc` (see the file comment). */
export function precheck(doc: Document): Precheck {
  const type = doc.contentType ?? 'text/html';
  if (type && !/html/i.test(type)) return { go: false, reason: `This is not a web page (${type}).` };
  if (!doc.body) return { go: false, reason: 'This page has no body to read.' };
  // Paragraph text, counted through the native textContent: articles set most of
  // their body in <p>.
  const ps = doc.getElementsByTagName('p');
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    chars += ps[i].textContent?.length ?? 0;
    if (chars >= MIN_ARTICLE_CHARS) return { go: true };
  }
  // Some sites set the body in <div>s: give a page that declares an article (or a
  // main region) with enough text the full look too.
  const declared = doc.querySelectorAll(DECLARED);
  for (let i = 0; i < declared.length && i < MAX_DECLARED; i++) {
    if ((declared[i].textContent?.length ?? 0) >= MIN_ARTICLE_CHARS * 2) return { go: true };
  }
  return { go: false, reason: 'This page does not look like a news article.' };
}
