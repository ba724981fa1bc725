/**
 * Finds the elements that hold an article's body.
 *
 * Why our own scoring rather than running @mozilla/readability: Readability works
 * on a clone and rewrites it (it unwraps, renames and drops nodes), so its output
 * has no way back to the live text nodes we must paint, and it costs a full clone
 * of the page on every run — including every re-run after the page changes.
 * Scoring blocks where they stand keeps the map to live nodes for free. The idea
 * is Readability's own: the article is where blocks of running prose cluster; the
 * best container takes in its siblings when they hold prose too, because bodies
 * interrupted by ads or embeds are often split across sibling wrappers.
 */
import { collectBlocks, linkDensity, STEP_MASK, type BlockStats, type WalkOptions } from './blocks';
import { STRONG } from './dom-filters';
import { declaresArticle } from './declared';

/** Blocks shorter than this are captions, labels or teasers, not prose. */
const MIN_PARAGRAPH = 25;
/** Below this much prose in the chosen containers the page is not an article. */
export const MIN_ARTICLE_CHARS = 400;
/** The same floor for a page whose publisher declares it an article (declared.ts): a short post is still one. */
const MIN_DECLARED_ARTICLE_CHARS = 150;
/** Prose a weakly named box must hold to count as part of the body whatever its name (see findArticleRoot). */
const DENSE_BOX_PROSE = 300;
/** Ancestor credit by distance from the block: itself, parent, grandparent, great-grandparent. */
const CREDIT = [1, 1, 0.5, 0.25];

/** Where the body is, with what the walk learnt on the way (reused by extraction). */
export interface RootChoice {
  /** The containers of the body, in document order (one, or siblings of one parent). */
  roots: Element[];
  /** The nearest element holding every root. */
  container: Element;
  /** Characters of prose under `roots`. */
  proseChars: number;
  /** Per-block text statistics, reused by extraction. */
  blocks: Map<Element, BlockStats>;
  /** Elements named like furniture and judged to be furniture: never body. */
  excluded: Set<Element>;
  /** Elements the census entered (see BlockCensus.walked), reused by extraction. */
  walked: Set<Element>;
}

/**
 * Whether a block's text is mostly links with little else: a menu, a related
 * link, a "Read more:" line. A bullet that opens with a linked headline and goes
 * on in plain prose has enough unlinked text to stay.
 */
export function isLinkList(stats: BlockStats): boolean {
  return linkDensity(stats) > 0.5 && stats.chars - stats.linkChars < 40;
}

/** Lines of a line-set block shorter than this on average are entries (names, addresses), not prose. */
const SHORT_LINE = 40;

/**
 * Whether a block is set as many short lines with few sentence ends: a list of
 * names and affiliations, an address block, a table of entries kept apart by
 * `<br>`s. Its commas make it look like prose by punctuation alone.
 */
export function isLineList(stats: BlockStats): boolean {
  const lines = stats.breaks + 1;
  return stats.breaks >= 5 && stats.chars / lines < SHORT_LINE && stats.stops * 3 < lines;
}

/** Share of a line list's length counted as prose. */
const LINE_LIST_WEIGHT = 1 / 3;

/** An entry of a bibliography is short. */
const MAX_CITATION = 600;
/**
 * The shapes of a bibliographic reference: "2013;31:5339", ";31:5339-48", "31(4), 53",
 * "doi:10.1016/…". Running prose does not write years and volumes this way.
 */
const CITATION = /\b(?:1[6-9]|20)\d\d[a-z]?\s*;\s*\d|;\s*\d+\s*(?:\(\d+\))?\s*:\s*\d+\s*[-–]\s*\d|\b\d{1,4}\(\d{1,4}\)\s*[,:]\s*\d|\bdoi:?\s*10\.\d{4,}\//i;

/** Whether a block reads as one entry of a reference list, not prose of the article citing it. */
export function isCitation(stats: BlockStats): boolean {
  return stats.chars < MAX_CITATION && CITATION.test(stats.head);
}

/**
 * The labels that head a box of links to other stories: "Keep reading",
 * "Related articles", "More on this", "You may also like". Whole lines only.
 */
const RECIRCULATION_LABEL =
  /^(?:keep reading|read (?:more|next|also)|also read|see also|further reading|don'?t miss|related(?: (?:stories|articles|coverage|content|reading|posts|links))?|more (?:from|on|about) .{1,40}|more (?:stories|news|coverage)|recommended(?: for you| reading| stories)?|you (?:may|might) also like|most (?:read|popular))\s*:?$/i;
/** A box so labelled is small: the label and a teaser or a few links. */
const MAX_RECIRCULATION_BOX = 400;
/** Labels looked at, at most (a hostile page could repeat one endlessly). */
const MAX_LABELS = 30;

/**
 * Boxes headed by a label that sends the reader to other stories (see
 * RECIRCULATION_LABEL), set inside the body between its paragraphs: the
 * largest ancestor (three levels up at most) of the label still small enough
 * to be only the box. Their teaser text is never body.
 */
function* recirculationBoxes(blocks: Map<Element, BlockStats>): Generator<void, Element[]> {
  const out: Element[] = [];
  let labels = 0;
  let steps = 0;
  for (const [block, stats] of blocks) {
    if ((++steps & STEP_MASK) === 0) yield;
    if (stats.chars > 40 || !RECIRCULATION_LABEL.test(stats.head.trim())) continue;
    if (++labels > MAX_LABELS) break;
    let box: Element | null = null;
    let el = block.parentElement;
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      if (shownTextLength(el) > MAX_RECIRCULATION_BOX) break;
      box = el;
    }
    if (box) out.push(box);
  }
  return out;
}

/** An element's text without that of its scripts, styles and `<noscript>` fallbacks (markup as text on a live page). */
function shownTextLength(el: Element): number {
  let n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (n <= MAX_RECIRCULATION_BOX) return n;
  const code = el.querySelectorAll('script, style, noscript, template');
  for (let i = 0; i < code.length; i++) n -= (code[i].textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return n;
}

/** Citations that make a list a bibliography, in number and as a share of its entries. */
const MIN_CITATIONS = 3;
const CITATION_SHARE = 0.4;

/** The list (`<ol>`, `<ul>`) an entry's block belongs to: itself, or two levels up at most. */
function listOf(block: Element): Element | null {
  let el: Element | null = block;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'OL' || tag === 'UL') return el;
  }
  return null;
}

/** Prose a block contributes, or 0 for link lists, labels and headline-like lines. */
export function proseOf(stats: BlockStats): number {
  // A truncated summary under a headline link is a teaser for another page.
  if (stats.chars < MIN_PARAGRAPH || (stats.truncated && stats.linkChars > 0)) return 0;
  if (isLinkList(stats) || isCitation(stats)) return 0;
  // A line with no comma or full stop is a heading, label or teaser unless long.
  if (stats.punctuation === 0 && stats.chars < 100) return 0;
  // Lines are weighed at a part of their length: a body set as lines (a
  // changelog, a poem) is still found when nothing else is there, but a long
  // list of names no longer outweighs the paragraphs it follows.
  if (isLineList(stats)) return Math.round((stats.chars - stats.linkChars) * LINE_LIST_WEIGHT);
  return stats.chars - stats.linkChars;
}

/** The article's containers, or null for a page that is not an article (a pausable walk: see schedule.ts). */
export function* findArticleRoot(doc: Document, options: WalkOptions = {}): Generator<void, RootChoice | null> {
  const body = doc.body;
  if (!body) return null;
  const { blocks, marked, walked } = yield* collectBlocks(body, options);
  // The weighing below goes over every block and its ancestors several times: on
  // a page of thousands of blocks (2,500 paragraphs of the 200,000-node page) that
  // ran 20-45 ms in one piece after the census's last pause, so it pauses as the
  // census does. The census's own result is read across pauses already.
  let steps = 0;

  // First weigh the elements named like furniture: one holding most of the page's
  // prose is a wrapper that happens to carry such a name, not furniture.
  const amounts = new Map<Element, number>();
  const allProse = new Map<Element, number>();
  const allText = new Map<Element, number>();
  // Reference lists, by how many of their entries read as citations.
  const citations = new Map<Element, number>();
  for (const [block, stats] of blocks) {
    if ((++steps & STEP_MASK) === 0) yield;
    if (marked.size) addUp(allText, block, stats.chars, body);
    if (isCitation(stats)) {
      const list = listOf(block);
      if (list) citations.set(list, (citations.get(list) ?? 0) + 1);
    }
    const amount = proseOf(stats);
    if (!amount) continue;
    amounts.set(block, amount);
    addUp(allProse, block, amount, body);
  }
  const total = allProse.get(body) ?? 0;
  // A page that declares itself an article may be a short post.
  // Asked once, and only of a page whose prose falls short somewhere.
  let declaresIt: boolean | null = null;
  const floorFor = (amount: number) =>
    options.anyway ? 1 : amount >= MIN_ARTICLE_CHARS ? MIN_ARTICLE_CHARS : (declaresIt ??= declaresArticle(doc)) ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
  if (total < floorFor(total)) return null;
  const excluded = new Set<Element>();
  // A list most of whose entries are citations is a bibliography: its other
  // entries ("Smith J. A review. 2011.") are references too, and never body.
  for (const [list, n] of citations) if (n >= MIN_CITATIONS && n >= CITATION_SHARE * list.childElementCount) excluded.add(list);
  for (const box of yield* recirculationBoxes(blocks)) excluded.add(box);
  for (const [el, kind] of marked) {
    if ((++steps & STEP_MASK) === 0) yield;
    const own = allProse.get(el) ?? 0;
    if (own >= total * (kind === STRONG ? 0.8 : 0.4)) continue;
    // A weak name on a box of running prose, nearly all of its text: page
    // builders wrap every part of the body in "widget" and "module" boxes, while
    // a sidebar or promo box is mostly links and labels around a line or two.
    if (kind !== STRONG && own >= DENSE_BOX_PROSE && own >= 0.7 * (allText.get(el) ?? Infinity)) continue;
    excluded.add(el);
  }

  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const [block, amount] of amounts) {
    if ((++steps & STEP_MASK) === 0) yield;
    if (insideAny(block, excluded, body)) continue;
    let el: Element | null = block;
    for (let depth = 0; el && depth < CREDIT.length; depth++, el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + amount * CREDIT[depth]);
    }
    addUp(prose, block, amount, body);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if ((++steps & STEP_MASK) === 0) yield;
    if (score > bestScore && el !== body && el !== doc.documentElement) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return null;
  // Structured-data markup is the publisher telling us where the body is; trust it
  // when it holds most of the prose we found.
  const declared = doc.querySelector('[itemprop="articleBody"]');
  if (declared && declared !== body && (prose.get(declared) ?? 0) >= 0.8 * (prose.get(best) ?? 0)) best = declared;
  else best = widened(best, prose, blocks, excluded, body);
  // A paragraph is never the body's container: a short body of a few paragraphs
  // lets its longest one score best, and the siblings rule then left out the
  // lines with a link ("As usual, the manual knows the answer:").
  if (best.tagName.toUpperCase() === 'P' && best.parentElement && best.parentElement !== body) best = best.parentElement;

  const chunks = sameKindChunks(best, prose, body);
  const roots = chunks.length > 1 ? chunks : withProseSiblings(best, scores, prose, blocks);
  const proseChars = roots.reduce((n, r) => n + (prose.get(r) ?? 0), 0);
  // The same floor for the body found: a short declared post on a page with
  // more text around it (comment form, footer) is still one.
  if (proseChars < floorFor(proseChars)) return null;
  return { roots, container: commonAncestor(roots), proseChars, blocks, excluded, walked };
}

/** The best container holding less than this share of the page's prose may be one part of a wider body. */
const PART_SHARE = 0.5;
/** A wider container is taken when it holds this many times the prose... */
const WIDEN_GAIN = 2;
/** ...and prose makes up this share of its text (a page wrapper is mostly menus, teasers and labels). */
const WIDEN_DENSITY = 0.6;
/** Ancestors looked at when widening. */
const WIDEN_DEPTH = 6;

/**
 * A body split into many small containers (a how-to's steps, a slideshow's
 * slides, a reference page's tables between paragraphs) lets one part score
 * best, by a little. When that part holds under half the page's prose, the
 * nearest ancestor holding at least twice its prose, nearly all of it running
 * text, is the body instead. A news page's body holds most of the page's prose
 * and is never widened.
 */
function widened(best: Element, prose: Map<Element, number>, blocks: Map<Element, BlockStats>, excluded: Set<Element>, body: Element): Element {
  const own = prose.get(best) ?? 0;
  const total = prose.get(body) ?? 0;
  if (own >= total * PART_SHARE) return best;
  let text: Map<Element, number> | null = null;
  let el = best.parentElement;
  for (let depth = 0; el && el !== body && depth < WIDEN_DEPTH; depth++, el = el.parentElement) {
    const p = prose.get(el) ?? 0;
    if (p < own * WIDEN_GAIN) continue;
    // Text under each ancestor, outside furniture: counted once, and only for pages that get here.
    text ??= textUnder(blocks, excluded, body);
    if (p >= WIDEN_DENSITY * (text.get(el) ?? Infinity)) return el;
  }
  return best;
}

function textUnder(blocks: Map<Element, BlockStats>, excluded: Set<Element>, body: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  for (const [block, stats] of blocks) if (!insideAny(block, excluded, body)) addUp(out, block, stats.chars, body);
  return out;
}

/** Ancestors credited with a block's prose: enough for any real layout, bounded for hostile nesting. */
const MAX_CREDITED_ANCESTORS = 60;

/** Adds a block's prose to it and its ancestors (the nearest ones, and always the body). */
function addUp(totals: Map<Element, number>, block: Element, amount: number, body: Element): void {
  let a: Element | null = block;
  for (let depth = 0; a && depth < MAX_CREDITED_ANCESTORS; depth++, a = a.parentElement) {
    totals.set(a, (totals.get(a) ?? 0) + amount);
    if (a === body) return;
  }
  totals.set(body, (totals.get(body) ?? 0) + amount);
}

function insideAny(el: Element, set: Set<Element>, stop: Element): boolean {
  if (!set.size) return false;
  let depth = 0;
  for (let a: Element | null = el; a && a !== stop && depth < MAX_CREDITED_ANCESTORS * 4; a = a.parentElement, depth++) if (set.has(a)) return true;
  return false;
}

function commonAncestor(roots: Element[]): Element {
  let anc = roots[0];
  for (const r of roots.slice(1)) while (!anc.contains(r) && anc.parentElement) anc = anc.parentElement;
  return anc;
}

/**
 * Bodies set in chunks between embeds and ads ("article-body" five times over in
 * one column) repeat the best container's tag and class: take every such chunk
 * near it that holds prose.
 */
function sameKindChunks(best: Element, prose: Map<Element, number>, body: Element): Element[] {
  const cls = kindOf(best);
  if (!cls) return [];
  let scope = best;
  for (let i = 0; i < 4 && scope.parentElement && scope.parentElement !== body; i++) scope = scope.parentElement;
  // Chunks set straight in the body (a plain-text document in <pre> pages) are looked for there.
  if (scope === best && best.parentElement === body) scope = body;
  // A chunk holds real prose: a layout class ("col", "row") shared with a sidebar
  // box of a line or two must not pull that box in.
  const floor = Math.min(300, 0.15 * (prose.get(best) ?? 0));
  const out: Element[] = [];
  for (const el of Array.from(scope.getElementsByTagName(best.tagName))) {
    if (kindOf(el) !== cls || (el !== best && (prose.get(el) ?? 0) < floor)) continue;
    if (out.some((o) => o.contains(el))) continue;
    out.push(el);
  }
  return out;
}

/** An element's class with its numbers blanked: numbered chunks ("story-body-1", "story-body-2") are one kind. */
function kindOf(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().replace(/\d+/g, '#');
}

/**
 * The best container plus those of its siblings that continue the body: a
 * sibling scoring a fifth of the best, or a paragraph of plain prose between two
 * parts of it. Readability's sibling rule, kept to one level.
 */
function withProseSiblings(
  best: Element,
  scores: Map<Element, number>,
  prose: Map<Element, number>,
  blocks: Map<Element, BlockStats>,
): Element[] {
  const parent = best.parentElement;
  if (!parent) return [best];
  const threshold = Math.max(50, (scores.get(best) ?? 0) * 0.2);
  const roots: Element[] = [];
  for (let sib = parent.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib === best) {
      roots.push(sib);
      continue;
    }
    const p = prose.get(sib) ?? 0;
    if (!p) continue;
    const own = blocks.get(sib);
    // Readability's rule for a sibling paragraph: long with few links, or short
    // with none and a sentence end.
    const plainParagraph =
      own !== undefined &&
      p >= own.chars * 0.9 &&
      ((own.chars >= 80 && linkDensity(own) < 0.25) || (own.linkChars === 0 && /[.!?]["”’)]?\s*$/.test(sib.textContent ?? '')));
    if ((scores.get(sib) ?? 0) >= threshold || plainParagraph) roots.push(sib);
  }
  return roots;
}
