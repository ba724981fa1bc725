/**
 * Finds the element that holds an article's body.
 *
 * Why our own scoring rather than running Readability: Readability works on a
 * clone and rewrites it, so its output has no way back to the live text nodes we
 * must paint, and it costs a full clone of the page. Scoring paragraphs where they
 * stand keeps the map to live nodes for free. The idea is Readability's own: an
 * article is where paragraphs of running prose cluster.
 */
import { isExcluded, normalizedLength } from './dom-filters';

/** Paragraphs shorter than this are captions, labels or teasers, not prose. */
const MIN_PARAGRAPH = 25;
/** Below this much paragraph text in the best container the page is not an article. */
export const MIN_ARTICLE_CHARS = 400;

export interface RootChoice {
  root: Element;
  /** Characters of prose paragraphs under `root`. */
  proseChars: number;
}

export function findArticleRoot(doc: Document): RootChoice | null {
  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const paragraphs = doc.querySelectorAll('p');
  for (const p of Array.from(paragraphs)) {
    if (isExcluded(p)) continue;
    const len = normalizedLength(p.textContent ?? '');
    if (len < MIN_PARAGRAPH) continue;
    // Credit the parent fully and the grandparent half, as Readability does, so a
    // body split into sibling wrappers still wins over a single long teaser.
    let el: Element | null = p.parentElement;
    let weight = 1;
    for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + len * weight);
      weight /= 2;
    }
    for (let a: Element | null = p.parentElement; a; a = a.parentElement) {
      prose.set(a, (prose.get(a) ?? 0) + len);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  // Structured-data markup is the publisher telling us where the body is; trust it
  // when it holds most of the prose we found.
  const declared = doc.querySelector('[itemprop="articleBody"]');
  if (declared && (prose.get(declared) ?? 0) >= 0.8 * (prose.get(best) ?? 0)) best = declared;
  // Climb while the parent adds a real share of prose: bodies interrupted by ads or
  // embeds are often split across sibling containers.
  let root = best;
  let rootProse = prose.get(root) ?? 0;
  for (let parent = root.parentElement; parent && parent.tagName !== 'BODY' && parent.tagName !== 'HTML'; parent = parent.parentElement) {
    const parentProse = prose.get(parent) ?? 0;
    if (parentProse < rootProse * 1.25) break;
    root = parent;
    rootProse = parentProse;
  }
  if (rootProse < MIN_ARTICLE_CHARS) return null;
  return { root, proseChars: rootProse };
}
