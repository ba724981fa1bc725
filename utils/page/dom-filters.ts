/**
 * What is never article body, decided from markup alone so the same rules run on a
 * live page and on a Node DOM in the CLI.
 */

/** Elements whose text is never body: code, furniture, media and forms. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON',
  'FIGURE', 'FIGCAPTION', 'IFRAME', 'SVG', 'SELECT', 'TEXTAREA', 'H1', 'HEADER', 'MENU',
  'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'INPUT', 'LABEL', 'DIALOG',
]);

/**
 * Class and id words that sites use for page furniture (captions, bylines, share
 * bars, newsletter boxes, related links, comments, ads). Matched as whole words
 * of a class name so "adjacent" or "header-shadow" do not trip it.
 */
const FURNITURE =
  /(?:^|[\s_-])(comments?|share|sharing|social|related|newsletter|promo|advert|advertisement|ad|ads|subscribe|subscription|caption|credit|byline|author-bio|breadcrumbs?|tags|recirc|outbrain|taboola|sidebar|menu|signup|paywall|most-popular|trending|read-more|readmore|disclaimer|sr-only|visually-hidden)(?:$|[\s_-])/i;

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return cls.length > 1 && FURNITURE.test(cls);
}

/** Whether `el` or any ancestor is furniture. */
export function isExcluded(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return false;
    if (isSkippedElement(a)) return true;
  }
  return false;
}

export function normalizedLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}
