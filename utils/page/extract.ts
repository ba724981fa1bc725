import { findArticleRoot, isLinkList } from './article-root';
import { isBlock, STEP_MASK, type BlockStats, type WalkOptions } from './blocks';
import { isHardSkipped } from './dom-filters';
import { CHAR_CLASS, SPACE } from './chars';
import { runToEnd } from './schedule';
import { TextMap } from './text-map';

/** The article of a page as text, with the way back to its DOM. */
export interface Extraction {
  /** Article body text: blocks separated by "\n", whitespace collapsed. */
  text: string;
  title: string | null;
  /** The page's declared language (`<html lang>`), if any. */
  declaredLanguage: string | null;
  map: TextMap;
  /** The body's containers, in document order. */
  roots: Element[];
  /** The nearest element holding every root: where to watch for changes. */
  root: Element;
}

/** How much to read and how (layout checks on a live page). */
export interface ExtractOptions extends WalkOptions {
  /** Stop adding text past this many characters (hostile or endless pages). */
  maxChars?: number;
}

/** Characters of one text node read between two points where the walk may pause. */
const TEXT_STEP = 20_000;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * A block's own text that is page furniture even inside the body: the labels
 * sites put between paragraphs. Whole-line matches only.
 */
const BOILERPLATE =
  /^(advertisement|sponsored( content)?|(story|article) continues below( advertisement)?|continue reading( below)?|read more|scroll to continue( with content)?|watch:?|listen:?|\(?ad\)?|(related|more|recommended|popular|trending|latest|top|most read|you may also like)( news| stories| articles| coverage| videos| reading| on \w+)?:?|(image|photo|picture|slide) \d+ (of|\/) \d+)$/i;

/**
 * The article body of `doc` as text, with a map back to the live text nodes.
 * Returns null for a page that is not an article. Works on any DOM with the core
 * Node API (the live page, or linkedom in the CLI): no layout is consulted unless
 * `isVisible` is given.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction | null {
  return runToEnd(extractionSteps(doc, options));
}

/** extractArticle as a pausable walk: the content script runs it in slices (schedule.ts). */
export function* extractionSteps(doc: Document, options: ExtractOptions = {}): Generator<void, Extraction | null> {
  const choice = yield* findArticleRoot(doc, options);
  if (!choice) return null;
  const { text, map } = yield* textOf(choice.roots, choice.blocks, choice.excluded, choice.walked, options);
  if (!text) return null;
  return {
    text,
    title: titleOf(doc),
    declaredLanguage: doc.documentElement?.getAttribute('lang') || null,
    map,
    roots: choice.roots,
    root: choice.container,
  };
}

/**
 * Credit lines that close wire copy: "(Reporting by …; Editing by …)",
 * "… contributed to this report." Conventions of the trade, not body.
 */
const CREDIT_LINE = /^\(?((additional )?reporting|writing|editing|compiled|produced) by\b.*\)?\.?$|contributed (reporting )?to this (report|story|article)\.?\)?$/i;

/**
 * The publisher's own appeal that closes many stories: "Subscribe now to our
 * print edition …", "For the latest news, download our app …". Addressed to
 * the reader, not part of the report. Whole short lines only.
 */
const CALL_TO_ACTION =
  /^(?:subscribe (?:now|today|to (?:our|the))\b|sign up (?:now|today|for (?:our|the))\b|click here\b|follow us\b|for (?:the )?(?:latest|more)\b.{0,80}\b(?:download|subscribe to|follow us|sign up)\b)/i;

/**
 * Whether a block's own text is furniture rather than body: a link list, a
 * label between paragraphs, a wire credit line, the publisher's call to
 * subscribe or download, or a short line with no sentence end (a caption or
 * image label) that is not a subheading.
 */
function isDroppedText(el: Element, stats: BlockStats | undefined): boolean {
  if (!stats) return false;
  if (stats.chars >= 20 && isLinkList(stats)) return true;
  const head = stats.head.trim();
  if (stats.chars <= 40 && BOILERPLATE.test(head)) return true;
  if (stats.chars <= 200 && (CREDIT_LINE.test(head) || CALL_TO_ACTION.test(head))) return true;
  if (stats.chars < MAX_LABEL_LINE) {
    // The census's head gathers a block's own text nodes before the text of its
    // inline elements, so its end is not the line's end ("As usual, knows the
    // answer. In short:StackOverflow"): a short line is read again, in order.
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // Up to 60 characters any line without a sentence end; longer, only a line
    // of a word or three around a path, file name or identifier (a long run
    // of ASCII without a space: scripts written without spaces are not caught).
    const short = stats.chars < 60 || (line.split(' ').length <= 3 && /[!-~]{25,}/.test(line));
    if (short && !/[.!?:;"”’)\]]$/.test(line) && !isSubheading(el, line)) return true;
  }
  return false;
}

/** Lines shorter than this may be labels (see isDroppedText). */
const MAX_LABEL_LINE = 120;

/**
 * Short lines the body owns: headings, lines set wholly in bold or in capitals
 * (wire-style subheads), and the items of lists and tables.
 */
function isSubheading(el: Element, head: string): boolean {
  if (/^(H[2-6]|LI|DT|DD|TD|TH|BLOCKQUOTE)$/.test(el.tagName.toUpperCase())) return true;
  // An item whose text sits in a paragraph of its own (a recipe's ingredients, <li><p>…</p></li>).
  const parent = el.parentElement;
  if (parent && /^(LI|DT|DD|TD|TH)$/.test(parent.tagName.toUpperCase())) return true;
  if (/\p{Lu}/u.test(head) && !/\p{Ll}/u.test(head)) return true;
  const only = el.children.length === 1 ? el.children[0] : null;
  return !!only && /^(STRONG|B)$/i.test(only.tagName) && (only.textContent ?? '').replace(/\s+/g, ' ').trim().length >= head.length - 1;
}

/** Serialises the roots' text, collapsing whitespace and mapping every run back to its node. */
function* textOf(
  roots: Element[],
  blocks: Map<Element, BlockStats>,
  excluded: Set<Element>,
  walked: Set<Element>,
  options: ExtractOptions,
): Generator<void, { text: string; map: TextMap }> {
  const map = new TextMap();
  const parts: string[] = [];
  const maxChars = options.maxChars ?? 2_000_000;
  let length = 0;
  // Whitespace state across nodes: 'start' at the beginning of a block (leading
  // space dropped), 'space' after whitespace was seen, 'text' after visible text.
  let state: 'start' | 'space' | 'text' = 'start';
  let pendingBreak = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };

  // A generator too: one text node can hold megabytes, so it yields every few
  // thousand characters, and it stops at maxChars.
  function* visitText(node: Text): Generator<void, void> {
    const data = node.data;
    let i = 0;
    let nextYield = TEXT_STEP;
    while (i < data.length && length < maxChars) {
      if (i >= nextYield) {
        nextYield = i + TEXT_STEP;
        yield;
      }
      // Whitespace tested by code unit in a table (chars.ts), not by a regex per character.
      if (CHAR_CLASS[data.charCodeAt(i)] === SPACE) {
        while (i < data.length && CHAR_CLASS[data.charCodeAt(i)] === SPACE) i++;
        if (state === 'text') state = 'space';
        continue;
      }
      if (pendingBreak && length > 0) emit('\n');
      else if (state === 'space' && length > 0) emit(' ');
      pendingBreak = false;
      // Copy the run of non-whitespace plus single spaces verbatim: offsets move in step.
      const runStart = i;
      // Runs are bounded too, so a node of one endless line still pauses and stops.
      const runLimit = Math.min(data.length, i + TEXT_STEP, i + Math.max(1, maxChars - length));
      while (i < runLimit) {
        const c = data.charCodeAt(i);
        if (CHAR_CLASS[c] === SPACE) {
          // A single ' ' between two words stays inside the run.
          if (c === 0x20 && i + 1 < data.length && CHAR_CLASS[data.charCodeAt(i + 1)] !== SPACE) {
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
  }

  const breakLine = () => {
    if (length > 0) {
      pendingBreak = true;
      state = 'start';
    }
  };

  // An explicit stack (hostile pages nest deep): entries are nodes to visit or
  // the marker that a block ended.
  type Item = Node | { endBlock: true };
  for (const root of roots) {
    breakLine();
    const stack: Item[] = [root];
    let steps = 0;
    while (stack.length && length < maxChars) {
      if ((++steps & STEP_MASK) === 0) yield;
      const item = stack.pop()!;
      if ('endBlock' in item) {
        breakLine();
        continue;
      }
      if (item.nodeType === TEXT_NODE) {
        yield* visitText(item as Text);
        continue;
      }
      if (item.nodeType !== ELEMENT_NODE) continue;
      const el = item as Element;
      if (el !== root) {
        if (excluded.has(el)) continue;
        // The census already found the elements it entered readable; only those it
        // did not reach (past its budget, or childless) are asked about here.
        if (!walked.has(el) && (isHardSkipped(el) || (options.isVisible && !options.isVisible(el)))) continue;
      }
      const block = isBlock(el);
      // Furniture text of a block is skipped, its nested blocks are still read.
      const dropOwn = block && el !== root && isDroppedText(el, blocks.get(el));
      if (block) {
        breakLine();
        stack.push({ endBlock: true });
      }
      const kids: Node[] = [];
      for (let c = el.firstChild; c; c = c.nextSibling) {
        if (dropOwn && (c.nodeType !== ELEMENT_NODE || !isBlock(c as Element))) continue;
        kids.push(c);
      }
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
    }
  }
  return { text: parts.join(''), map };
}

function titleOf(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  // The h1 only when og:title says nothing: on a page without one, the query walks the whole document.
  const h1 = og ? null : doc.querySelector('h1')?.textContent;
  const t = (og || h1 || doc.title || '').replace(/\s+/g, ' ').trim();
  return t || null;
}
