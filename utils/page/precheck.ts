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

/** Text in paragraphs that follow paragraphs: enough to see an article's run of prose. */
const MIN_RUN_CHARS = 300;
/** Links read at most when discounting a container's link text. */
const MAX_LINKS = 300;

/** A container's text length without the text of its links (bounded work). */
function unlinkedLength(el: Element): number {
  let length = el.textContent?.length ?? 0;
  if (length < MIN_ARTICLE_CHARS * 2) return length;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) length -= links[i].textContent?.length ?? 0;
  return length;
}

/** How many <p> elements the quick count reads at most: enough to see an article. */
const MAX_PARAGRAPHS = 400;

/** The cheap first look at `doc` (see the file comment). */
export function precheck(doc: Document): Precheck {
  const type = doc.contentType ?? 'text/html';
  if (type && !/html/i.test(type)) return { go: false, reason: `This is not a web page (${type}).` };
  if (!doc.body) return { go: false, reason: 'This page has no body to read.' };
  // Running prose, counted through native queries: an article sets its body in
  // paragraphs that follow one another (p + p); a section front's teaser cards
  // hold one summary each, so their paragraphs rarely do.
  const ps = doc.querySelectorAll('p + p');
  let chars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) {
    chars += ps[i].textContent?.length ?? 0;
    if (chars >= MIN_RUN_CHARS) return { go: true };
  }
  // Some sites set the body in <div>s: give a container that says it holds an
  // article the full look when it has enough text outside links (teaser lists
  // are mostly links).
  const declared = doc.querySelectorAll(DECLARED);
  for (let i = 0; i < declared.length && i < MAX_DECLARED; i++) {
    if (unlinkedLength(declared[i]) >= MIN_ARTICLE_CHARS * 2) return { go: true };
  }
  return { go: false, reason: 'This page does not look like a news article.' };
}
