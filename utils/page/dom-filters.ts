/**
 * What is never article body, decided from markup alone so the same rules run on a
 * live page and on a Node DOM in the CLI (no layout, no computed style).
 */

/** Elements whose text is never body: code, furniture, media and forms. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'BUTTON', 'FIGURE', 'FIGCAPTION',
  'IFRAME', 'SVG', 'SELECT', 'TEXTAREA', 'H1', 'HEADER', 'MENU', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'CANVAS', 'INPUT', 'LABEL', 'DIALOG', 'OPTION', 'MATH', 'ADDRESS',
]);

/** Elements that do not start a line of text: everything else is a block. */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'IMG', 'INS', 'KBD', 'MARK', 'NOBR', 'PICTURE', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/**
 * Class/id words that mark furniture whatever else the element is called: a
 * "article-byline" or "story-comments" is still a byline or comments.
 */
const STRONG_FURNITURE =
  /(?:^|[\s_-])(comments?|commenting|disqus|byline|bylines|caption|captions|credits?|share|sharing|social|newsletter|signup|sign-up|subscribe|outbrain|taboola|recirc|related|breadcrumbs?|sr-only|screen-reader-text|visually-hidden|visuallyhidden|most-popular|mostpopular|trending|author-bio|author-info|bio-box|tags|tag-list|print-only|skip-link|cookie|consent|gdpr|modal|lightbox)(?:$|[\s_-])/i;

/**
 * Words that mark furniture only when the element does not also say it holds the
 * content: layouts call their main column "content-with-sidebar" or
 * "non-ad-column", and those wrap the very article we want.
 */
const WEAK_FURNITURE =
  /(?:^|[\s_-])(sidebar|ad|ads|advert|advertisement|adslot|ad-slot|dfp|sponsor|sponsored|promo|promotion|menu|read-more|readmore|more-stories|disclaimer|footer|header|masthead|widget|popup|toolbar|pagination|pager|banner|rail|overlay|video-player|playlist|nocontent|gallery|slideshow|carousel)(?:$|[\s_-])/i;

/**
 * The revealed part of a hover card or tooltip ("tooltip-text", "rollover-people-block"):
 * hidden until hovered on a live page, so never body. The trigger around it
 * ("tooltip", "rollover-people") holds body words and is kept.
 */
const HOVER_PART = /(?:tooltip|popover|hovercard|rollover)[\w-]*[-_](?:block|content|body|text|card|popup|panel|box|inner)(?:$|[\s_-])/i;

/** Words that say an element holds the article. */
const CONTENT_WORDS = /article|body|content|entry|main|story|text|post|column|copy/i;

/** Tags that declare the article or the page's main content. */
const ARTICLE_TAGS = /^(article|main)$/i;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * How sure the markup is that an element is not body: 0 none; 1 weak (named like
 * furniture, but layouts use the same words for their main column); 2 strong
 * (named for furniture whatever else it says, "article-byline"); 3 hard (scripts,
 * form controls, navigation, hidden elements).
 */
export type Furniture = 0 | 1 | 2 | 3;
export const WEAK: Furniture = 1;
export const STRONG: Furniture = 2;
export const HARD: Furniture = 3;

/** Whether `el` itself (not its ancestors) is never body, whatever it contains. */
export function isHardSkipped(el: Element): boolean {
  return hardSkipped(el, el.tagName.toUpperCase());
}

/** isHardSkipped with the upper-cased tag name already read (the census reads it once per element). */
function hardSkipped(el: Element, tag: string): boolean {
  // A figure holding a table is the body's data (a fee table, a comparison), not an image and its caption.
  if (SKIP_TAGS.has(tag)) return !(tag === 'FIGURE' && el.getElementsByTagName('table').length > 0);
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  return !!role && /^(navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar|figure)$/.test(role);
}

/**
 * What the markup says `el` is. Class and id words are only a hint: the caller
 * weighs a Weak or Strong element against how much of the page's prose it holds,
 * because a site may name its article wrapper "url-breadcrumb" or "pg-rail".
 * @param tagName `el.tagName`, when the caller has read it already
 */
export function furnitureOf(el: Element, tagName: string = el.tagName): Furniture {
  if (hardSkipped(el, tagName.toUpperCase())) return HARD;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const custom = tagName.includes('-');
  // Nothing to be named by: every word rule needs a word, so skip building the
  // string and running three regexes (about a third of a news page's elements).
  if (!cls && !id && !custom) return 0;
  const names = namesOf(cls, id, custom ? tagName : '');
  if (names.length < 2) return 0;
  if (STRONG_FURNITURE.test(names) || HOVER_PART.test(names)) {
    // The element says what it is by its tag; its class may carry the post's
    // taxonomy ("category-sharing", "tag-social"): weighed as a weak name only.
    return ARTICLE_TAGS.test(tagName) ? WEAK : STRONG;
  }
  // The publisher's own markup says this box is the author (microdata
  // `itemprop="author"`): an author card with a bio, not the article.
  if (el.getAttribute('itemprop') === 'author' && !ARTICLE_TAGS.test(tagName)) return STRONG;
  return WEAK_FURNITURE.test(names) && !CONTENT_WORDS.test(names) ? WEAK : 0;
}

const HEADING_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){3,}$/i;

/**
 * The words an element is named by: class, id and a custom element's tag, with
 * camelCase split ("PromoSmall", "newsCaption") so the word rules see "promo"
 * and "caption".
 */
function namesOf(cls: string | null, id: string | null, customTag: string): string {
  // An id of four words or more is a heading's slug ("sharing-with-a-single-developer",
  // a documentation section's anchor), not a name for what the element is.
  const ownId = id && HEADING_SLUG.test(id) ? '' : id;
  const raw = `${cls ?? ''} ${ownId ?? ''} ${customTag}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1-$2');
}

/** Whether `el` itself is furniture by its markup alone (no weighing by content). */
export function isSkippedElement(el: Element): boolean {
  return furnitureOf(el) !== 0;
}

/** Whether `el` or any ancestor is furniture. */
export function isExcluded(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return false;
    if (isSkippedElement(a)) return true;
  }
  return false;
}

/** Length of a text with its whitespace collapsed and trimmed. */
export function normalizedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}
