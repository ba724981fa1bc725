import { findArticleRoot } from './article-root';
import { isSkippedElement } from './dom-filters';
import { TextMap } from './text-map';

export interface Extraction {
  /** Article body text: paragraphs separated by "\n", whitespace collapsed. */
  text: string;
  title: string | null;
  /** The page's declared language (`<html lang>`), if any. */
  declaredLanguage: string | null;
  map: TextMap;
  root: Element;
}

/** Elements that start a new line in the article text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'H2', 'H3', 'H4', 'H5',
  'H6', 'PRE', 'DD', 'DT', 'DL', 'TABLE', 'TR', 'TD', 'TH', 'BR', 'HR',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The article body of `doc` as text, with a map back to the live text nodes.
 * Returns null for a page that is not an article. Works on any DOM with the core
 * Node API (the live page, or linkedom in the CLI): no layout is consulted.
 */
export function extractArticle(doc: Document, options: { isVisible?: (el: Element) => boolean } = {}): Extraction | null {
  const choice = findArticleRoot(doc);
  if (!choice) return null;
  const map = new TextMap();
  const parts: string[] = [];
  let length = 0;
  // Whitespace state across nodes: 'start' at the beginning of a block (leading
  // space dropped), 'space' after a space was emitted, 'text' after visible text.
  let state: 'start' | 'space' | 'text' = 'start';
  let pendingBreak = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  const visitText = (node: Text) => {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      // A run of whitespace becomes at most one space.
      if (/\s/.test(data[i])) {
        while (i < data.length && /\s/.test(data[i])) i++;
        if (state === 'text') state = 'space';
        continue;
      }
      if (pendingBreak && length > 0) emit('\n');
      else if (state === 'space' && length > 0) emit(' ');
      pendingBreak = false;
      // Copy the run of non-whitespace plus single spaces verbatim: offsets move in step.
      const runStart = i;
      while (i < data.length) {
        const c = data[i];
        if (/\s/.test(c)) {
          const next = data[i + 1];
          if (c === ' ' && next !== undefined && !/\s/.test(next)) {
            i++;
            continue;
          }
          break;
        }
        i++;
      }
      const run = data.slice(runStart, i);
      map.add({ start: length, end: length + run.length, node, nodeStart: runStart });
      emit(run);
      state = 'text';
    }
  };

  const visit = (el: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        visitText(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const e = child as Element;
        if (isSkippedElement(e) || (options.isVisible && !options.isVisible(e))) continue;
        const block = BLOCK_TAGS.has(e.tagName.toUpperCase());
        if (block && length > 0) {
          pendingBreak = true;
          state = 'start';
        }
        visit(e);
        if (block && length > 0) {
          pendingBreak = true;
          state = 'start';
        }
      }
    }
  };
  visit(choice.root);

  return {
    text: parts.join(''),
    title: titleOf(doc),
    declaredLanguage: doc.documentElement?.getAttribute('lang') || null,
    map,
    root: choice.root,
  };
}

function titleOf(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const h1 = doc.querySelector('h1')?.textContent;
  const t = (og || h1 || doc.title || '').replace(/\s+/g, ' ').trim();
  return t || null;
}
