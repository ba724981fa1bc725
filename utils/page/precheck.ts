/**
 * The cheap first look that keeps Sourcelight off pages that are not for it. It
 * runs before anything walks the page, so a search page, a web app or a PDF
 * viewer costs well under a millisecond: a content-type test, then a few native
 * queries, each read only up to a small cap.
 *
 * It reads text, never layout: a page shown without its stylesheets (still
 * loading, or behind a content blocker) puts its navigation first and its
 * article far below, and is still an article.
 */
import { MIN_ARTICLE_CHARS } from './article-root';
import { declaresArticle } from './declared';

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
/** Text in sentence-shaped blocks anywhere (not only in runs): enough to see an article set otherwise. */
const MIN_SENTENCE_CHARS = 600;
/** A block reads as running prose from this length, with at least two sentence ends. */
const MIN_SENTENCE_BLOCK = 80;
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

/** How many text blocks the quick count reads at most: enough to see an article. */
const MAX_BLOCKS = 400;
/** Parents of <br> read at most (a body set between <br>s is one or a few parents). */
const MAX_BR_PARENTS = 20;

/** A sentence end followed by more text (". T", "?” A") or closing the block. */
const SENTENCE_END = /[.!?…]["”’)\]]?(?:\s+\S|\s*$)/g;

/** Whether a block's text reads as running prose: long enough, with two sentence ends or more. */
function sentenceShaped(text: string): boolean {
  if (text.length < MIN_SENTENCE_BLOCK) return false;
  SENTENCE_END.lastIndex = 0;
  return SENTENCE_END.exec(text) !== null && SENTENCE_END.exec(text) !== null;
}

/**
 * Running prose, counted through one native query over the elements that hold
 * text as such: paragraphs (a run of them, or sentence-shaped ones anywhere),
 * preformatted text, and the parents of <br>s (bodies set between line breaks).
 * A teaser card's summary sits inside its link and is not counted.
 */
function readsAsProse(doc: Document): boolean {
  const found = doc.querySelectorAll('p, pre, br');
  let run = 0;
  let sentences = 0;
  const seen = new Set<Element>();
  for (let i = 0, blocks = 0; i < found.length && blocks < MAX_BLOCKS; i++) {
    let el: Element | null = found[i];
    if (el.tagName.toUpperCase() === 'BR') {
      el = el.parentElement;
      if (!el || seen.has(el) || seen.size >= MAX_BR_PARENTS) continue;
      seen.add(el);
    }
    blocks++;
    const text = el.textContent ?? '';
    // An article sets its body in paragraphs that follow one another (p + p);
    // a section front's teaser cards hold one summary each, so theirs rarely do.
    if (el.tagName.toUpperCase() === 'P' && el.previousElementSibling?.tagName.toUpperCase() === 'P') {
      run += text.length;
      if (run >= MIN_RUN_CHARS) return true;
    }
    if (sentenceShaped(text) && !el.closest('a')) {
      sentences += text.length;
      if (sentences >= MIN_SENTENCE_CHARS) return true;
    }
  }
  return false;
}

/** The cheap first look at `doc` (see the file comment). */
export function precheck(doc: Document): Precheck {
  const type = doc.contentType ?? 'text/html';
  if (type && !/html/i.test(type)) return { go: false, reason: `This is not a web page (${type}).` };
  if (!doc.body) return { go: false, reason: 'This page has no body to read.' };
  if (readsAsProse(doc)) return { go: true };
  // The publisher says it is an article: the full look decides where its body is.
  if (declaresArticle(doc)) return { go: true };
  // Some sites set the body in <div>s: give a container that says it holds an
  // article the full look when it has enough text outside links (teaser lists
  // are mostly links).
  const declared = doc.querySelectorAll(DECLARED);
  for (let i = 0; i < declared.length && i < MAX_DECLARED; i++) {
    if (unlinkedLength(declared[i]) >= MIN_ARTICLE_CHARS * 2) return { go: true };
  }
  return { go: false, reason: 'This page does not look like a news article.' };
}
