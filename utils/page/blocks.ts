import { CHAR_CLASS, PUNCT, SPACE } from './chars';
import { HARD, INLINE_TAGS, furnitureOf, type Furniture } from './dom-filters';

/** Text under one block element (its own runs, not those of nested blocks). */
export interface BlockStats {
  /** Non-space characters of text directly in this block (inline descendants included). */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Commas and sentence ends: running prose has them, menus and labels do not. */
  punctuation: number;
  /** Of those, sentence ends (`.!?。`): a list of names or entries has commas and few of these. */
  stops: number;
  /** Line breaks (`<br>`) directly in the block: its text set as lines rather than running on. */
  breaks: number;
  /** Whether the block's text ends in an ellipsis: a truncated teaser, not body. */
  truncated: boolean;
  /** The first characters of the block's own text, whitespace collapsed (for label tests). */
  head: string;
}

/** What a walk found: text per block, and the elements whose names say furniture. */
export interface BlockCensus {
  blocks: Map<Element, BlockStats>;
  /** Weak or strong furniture by name, still walked: the caller weighs it by its prose. */
  marked: Map<Element, Furniture>;
  /**
   * Elements the walk entered: not hard furniture, and visible when a layout
   * check was given. The serialiser reads these again and trusts this verdict
   * rather than asking the page twice (a style query per element).
   */
  walked: Set<Element>;
}

/** How a walk reads the page. */
export interface WalkOptions {
  /** Layout check for the live page; absent over a Node DOM. */
  isVisible?: (el: Element) => boolean;
  /** Stop after this many text nodes: hostile pages can hold millions. */
  maxTextNodes?: number;
  /**
   * Told of each subtree skipped as hidden (a body an anti-flicker snippet keeps
   * hidden, the rest of an article behind "continue reading"), so the caller can
   * watch for its reveal.
   */
  onHidden?: (el: Element) => void;
  /** The reader asked to read the page anyway: any prose at all is the article (no floor on its amount). */
  anyway?: boolean;
}

/** Elements (or blocks) visited between two points where a page walk may pause. */
export const STEP_MASK = 127;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Whether an element starts a line of its own (anything not inline). */
export const isBlock = (el: Element): boolean => !INLINE_TAGS.has(el.tagName.toUpperCase());

/**
 * Non-space characters and punctuation marks of one text node, counted by code
 * unit as `/\S/g` and `/[,.;:!?。،]/g` would count them, without the arrays
 * `match` allocates: on a page of 200,000 text nodes that garbage brought
 * collector pauses of tens of milliseconds into the walk's slices.
 */
function countText(data: string): { chars: number; punctuation: number; stops: number } {
  let chars = 0;
  let punctuation = 0;
  let stops = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const kind = CHAR_CLASS[c];
    if (kind === SPACE) continue;
    chars++;
    if (kind === PUNCT) {
      punctuation++;
      if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002) stops++;
    }
  }
  return { chars, punctuation, stops };
}
const HEAD_CHARS = 240;
/** Characters of a text added to a block's head at a time (see addText). */
const HEAD_PIECE = 1000;
const ELLIPSIS = /(\.\.\.|…)\s*$/;
/** A leaf text longer than this is checked for layout before it is counted (see collectBlocks). */
const LONG_LEAF = 1000;

/**
 * Attributes every text node under `root` to its nearest block ancestor, skipping
 * hard furniture and hidden subtrees. Text nodes, not <p> elements, are the unit, so
 * sites that set their body in <div>s or between <br>s are found too.
 * A generator: it yields every few elements so a caller can pause the walk.
 */
export function* collectBlocks(root: Element, options: WalkOptions = {}): Generator<void, BlockCensus> {
  const out = new Map<Element, BlockStats>();
  const marked = new Map<Element, Furniture>();
  const walked = new Set<Element>();
  let budget = options.maxTextNodes ?? 200_000;
  // An explicit stack rather than recursion: hostile pages nest thousands deep.
  // `leaf`: the element holds no elements; `unchecked`: its layout check is still due.
  type Entry = { el: Element; block: Element; inLink: boolean; leaf: boolean; unchecked: boolean };
  const stack: Entry[] = [{ el: root, block: root, inLink: false, leaf: root.childElementCount === 0, unchecked: false }];
  let steps = 0;
  const statsOf = (block: Element): BlockStats => {
    let stats = out.get(block);
    if (!stats) out.set(block, (stats = { chars: 0, linkChars: 0, punctuation: 0, stops: 0, breaks: 0, truncated: false, head: '' }));
    return stats;
  };
  const addText = (block: Element, inLink: boolean, data: string, chars: number, punctuation: number, stops: number, truncated: boolean) => {
    const stats = statsOf(block);
    // In pieces, so one huge text does not go through the regex whole for 240 characters.
    for (let i = 0; stats.head.length < HEAD_CHARS && i < data.length; i += HEAD_PIECE) {
      stats.head = (stats.head + data.slice(i, i + HEAD_PIECE)).replace(/\s+/g, ' ').slice(0, HEAD_CHARS);
    }
    stats.chars += chars;
    if (inLink) stats.linkChars += chars;
    stats.punctuation += punctuation;
    stats.stops += stops;
    stats.truncated = truncated;
  };
  const onHidden = options.onHidden;
  const hidden = (el: Element): boolean => {
    if (!options.isVisible || options.isVisible(el)) return false;
    onHidden?.(el);
    return true;
  };
  while (stack.length && budget > 0) {
    const { el, block, inLink, leaf, unchecked } = stack.pop()!;
    if (leaf) {
      // An element holding only text (a paragraph split into word-sized nodes, a
      // comment's span): its text in one read, without touching each text node.
      // Every node a content script touches gets a wrapper of its own world, held
      // by a weak handle; on a page of 200,000 text nodes those handles made the
      // minor collections inside this walk's slices take 20-100 ms.
      if ((++steps & STEP_MASK) === 0) yield;
      const data = el.textContent ?? '';
      // The layout check comes after the text when the text is short: an empty or
      // blank leaf (an image, an icon, a spacer) adds nothing shown or hidden, and
      // the check costs more than counting a few characters. A long text is
      // checked first so a hidden one is not counted for nothing.
      if (unchecked && data.length > LONG_LEAF && hidden(el)) continue;
      const { chars, punctuation, stops } = countText(data);
      if (!chars) continue;
      if (unchecked && data.length <= LONG_LEAF && hidden(el)) continue;
      walked.add(el);
      // One text-holding element counts as one against the budget: the cost of
      // reading it is its text, which the character cap bounds downstream.
      budget--;
      const tail = data.trimEnd();
      addText(block, inLink, data, chars, punctuation, stops, tail.endsWith('...') || tail.endsWith('…'));
      continue;
    }
    // Children pushed in reverse so they pop in document order.
    const children: Entry[] = [];
    for (let child = el.firstChild; child; child = child.nextSibling) {
      // A point where the caller may hand the main thread back (see schedule.ts):
      // counted per child, since one element can hold tens of thousands.
      if ((++steps & STEP_MASK) === 0) yield;
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        const { chars, punctuation, stops } = countText(data);
        if (!chars) continue;
        budget--;
        addText(block, inLink, data, chars, punctuation, stops, ELLIPSIS.test(data));
      } else if (child.nodeType === ELEMENT_NODE) {
        const e = child as Element;
        // The tag read once for all the tests below: each read is a call into the page's DOM.
        const tag = e.tagName;
        // A line break belongs to the block it breaks (an empty leaf otherwise).
        if (tag === 'BR' || tag === 'br') {
          statsOf(block).breaks++;
          continue;
        }
        const kind = furnitureOf(e, tag);
        if (kind === HARD) continue;
        if (kind) marked.set(e, kind);
        // A count, not firstElementChild: it touches no node (see above).
        const isLeaf = e.childElementCount === 0;
        // A leaf's layout check waits until its text is read (see above).
        if (!isLeaf) {
          if (hidden(e)) continue;
          walked.add(e);
        }
        children.push({ el: e, block: INLINE_TAGS.has(tag.toUpperCase()) ? block : e, inLink: inLink || tag === 'A', leaf: isLeaf, unchecked: isLeaf });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { blocks: out, marked, walked };
}

/** Link share of a block's text: menus and related-link lists are mostly links. */
export const linkDensity = (s: BlockStats): number => (s.chars ? s.linkChars / s.chars : 0);
