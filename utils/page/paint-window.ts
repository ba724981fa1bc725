import type { PaintedRange } from './paint';

/**
 * Up to this many claim ranges (and NODE_BUDGET text nodes), every one is
 * registered: a normal article, however long.
 */
export const PAINT_ALL_LIMIT = 1200;
/**
 * Text nodes the registered ranges may cover in all. Chromium keeps a marker per
 * text node a range covers and rebuilds all of them in the frame after any
 * highlight change, and after any DOM or style change in the page (its
 * HighlightRegistry::ValidateHighlightMarkers), then repaints those nodes:
 * about 3.5 µs of PrePaint per covered node, measured on a plain article and on
 * the 200,000-node hostile page alike. There (one word per text node) 600
 * sentences of about 40 nodes each made that frame 110-180 ms of main-thread
 * time; with this budget it is about 45 ms, PrePaint and Paint together. A
 * normal sentence covers one to five nodes (links, emphasis), so the budget
 * only bites where a page splits its text finely, or on a very long article.
 */
export const NODE_BUDGET = 3000;
/** Beyond either limit, at most this many ranges around the viewport are registered at a time. */
const WINDOW_SIZE = 600;
/** Of which up to this many start above the first visible one (so scrolling up is covered too). */
const WINDOW_BEFORE = 100;
/** Quiet time after scrolling before the window moves. */
const SCROLL_SETTLE_MS = 120;

/**
 * How many text nodes `range` covers, counted up to `cap` (then `cap`). A range
 * that is not a DOM range (no start container) counts as one.
 */
export function textNodesIn(range: Range, cap: number): number {
  const start = range.startContainer as Node | undefined;
  const end = range.endContainer as Node | undefined;
  if (!start || !end) return 1;
  if (start === end) return 1;
  const doc = start.ownerDocument;
  if (!doc) return 1;
  // Walks forward from the start in document order and stops at the end node:
  // the cap bounds the walk when the end is not a text node (it is never
  // reached) or the range spans far more than any budget could take.
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  walker.currentNode = start;
  let n = start.nodeType === Node.TEXT_NODE ? 1 : 0;
  while (n < cap) {
    const next = walker.nextNode();
    if (!next) break;
    n++;
    if (next === end) break;
  }
  return Math.max(1, n);
}

/**
 * Which claim ranges are registered with CSS.highlights. The engine re-checks
 * every registered range, and every text node each one covers, whenever the set
 * changes or the page's DOM or style changes, so registering ten thousand
 * ranges, or a few hundred over one-word text nodes (a hostile or endless
 * page), would block the page for a long task in each such frame. An article
 * within PAINT_ALL_LIMIT ranges and NODE_BUDGET text nodes has all of them
 * registered; beyond that only a window around the viewport is, and the window
 * follows the reader's scrolling. Ranges are kept in document order, as the
 * session adds them.
 */
export class RangeWindow {
  private order: PaintedRange[] = [];
  private shown = new Map<Range, PaintedRange>();
  /** Text nodes each range covers, counted once (see textNodesIn). */
  private weights = new WeakMap<Range, number>();
  private isWindowed = false;
  private listening = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private apply: (add: PaintedRange[], remove: PaintedRange[]) => void) {}

  /** Whether only a window is registered (as of the last commit). */
  get windowed(): boolean {
    return this.isWindowed;
  }

  /** Whether `range` is registered now (always, unless the page is windowed). */
  isShown(range: Range): boolean {
    return !this.windowed || this.shown.has(range);
  }

  push(item: PaintedRange): void {
    this.order.push(item);
  }

  remove(ranges: Set<Range>): void {
    if (!ranges.size) return;
    this.order = this.order.filter((p) => !ranges.has(p.range));
    for (const r of ranges) this.shown.delete(r);
  }

  /** Registers what should be: everything, or the window around the viewport. */
  commit(): void {
    this.isWindowed = this.order.length > PAINT_ALL_LIMIT || !this.fitsBudget();
    const want = this.isWindowed ? this.around() : this.order;
    const wanted = new Set(want.map((p) => p.range));
    const add = want.filter((p) => !this.shown.has(p.range));
    const remove = [...this.shown.values()].filter((p) => !wanted.has(p.range));
    for (const p of remove) this.shown.delete(p.range);
    for (const p of add) this.shown.set(p.range, p);
    if (add.length || remove.length) this.apply(add, remove);
    this.listen(this.isWindowed);
  }

  reset(): void {
    this.order = [];
    this.shown.clear();
    this.isWindowed = false;
    this.listen(false);
  }

  /** Whether every range together stays within NODE_BUDGET (counting stops once it does not). */
  private fitsBudget(): boolean {
    let nodes = 0;
    for (const p of this.order) {
      nodes += this.weight(p.range);
      if (nodes > NODE_BUDGET) return false;
    }
    return true;
  }

  private weight(range: Range): number {
    let w = this.weights.get(range);
    if (w === undefined) {
      w = textNodesIn(range, NODE_BUDGET + 1);
      this.weights.set(range, w);
    }
    return w;
  }

  /**
   * The window: from a little above the first range that reaches the viewport,
   * down as far as the budgets allow; at the end of the page, filled from above.
   * A range that alone covers more than NODE_BUDGET nodes is never registered.
   */
  private around(): PaintedRange[] {
    const first = this.firstNearViewport();
    const order = this.order;
    const take: number[] = [];
    let nodes = 0;
    // Takes range i if it fits `budget`; a range too big for any window is
    // passed over, anything else that does not fit ends the scan (the window
    // stays one stretch of the page).
    const tryTake = (i: number, budget: number): 'taken' | 'skipped' | 'full' => {
      if (take.length >= WINDOW_SIZE) return 'full';
      const w = this.weight(order[i].range);
      if (w > NODE_BUDGET) return 'skipped';
      if (nodes + w > budget) return 'full';
      nodes += w;
      take.push(i);
      return 'taken';
    };
    // A little above the viewport (a sixth of the node budget at most), then
    // below, then, when the page ends first, more from above.
    let lo = first;
    for (; lo > 0 && first - lo < WINDOW_BEFORE; lo--) if (tryTake(lo - 1, NODE_BUDGET / 6) === 'full') break;
    for (let i = first; i < order.length; i++) if (tryTake(i, NODE_BUDGET) === 'full') break;
    for (; lo > 0; lo--) if (tryTake(lo - 1, NODE_BUDGET) === 'full') break;
    return take.sort((x, y) => x - y).map((i) => order[i]);
  }

  /** Index of the first range whose box reaches up to a screen above the viewport (the length if none). */
  private firstNearViewport(): number {
    const view = typeof window !== 'undefined' ? window.innerHeight : 800;
    let lo = 0;
    let hi = this.order.length - 1;
    let first = this.order.length;
    // Ranges come in document order, so their tops mostly grow: a binary search
    // reads a dozen boxes instead of every one.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const box = this.order[mid].range.getBoundingClientRect();
      if (box.bottom >= -view) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return first;
  }

  private onScroll = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      try {
        this.commit();
      } catch {
        // A range the page removed mid-scroll: the next run repairs it.
      }
    }, SCROLL_SETTLE_MS);
  };

  private listen(on: boolean): void {
    if (on === this.listening || typeof document === 'undefined') return;
    this.listening = on;
    const opts = { capture: true, passive: true } as const;
    if (on) {
      document.addEventListener('scroll', this.onScroll, opts);
      window.addEventListener('resize', this.onScroll, opts);
    } else {
      document.removeEventListener('scroll', this.onScroll, opts);
      window.removeEventListener('resize', this.onScroll, opts);
      clearTimeout(this.timer);
    }
  }
}
