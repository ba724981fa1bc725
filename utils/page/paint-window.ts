import type { PaintedRange } from './paint';

/** Up to this many claim ranges, every one is registered: a normal article, however long. */
export const PAINT_ALL_LIMIT = 1200;
/** Beyond it, this many ranges around the viewport are registered at a time. */
const WINDOW_SIZE = 600;
/** Of which this many start above the first visible one (so scrolling up is covered too). */
const WINDOW_BEFORE = 100;
/** Quiet time after scrolling before the window moves. */
const SCROLL_SETTLE_MS = 120;

/**
 * Which claim ranges are registered with CSS.highlights. The engine re-checks
 * every registered range whenever the set changes, tens of microseconds each,
 * so registering ten thousand of them (a hostile or endless page) would block
 * the page for a long task. An article up to PAINT_ALL_LIMIT claims has all of
 * them registered; beyond that only a window around the viewport is, and the
 * window follows the reader's scrolling. Ranges are kept in document order, as
 * the session adds them.
 */
export class RangeWindow {
  private order: PaintedRange[] = [];
  private shown = new Map<Range, PaintedRange>();
  private listening = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private apply: (add: PaintedRange[], remove: PaintedRange[]) => void) {}

  get windowed(): boolean {
    return this.order.length > PAINT_ALL_LIMIT;
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
    const want = this.windowed ? this.around() : this.order;
    const wanted = new Set(want.map((p) => p.range));
    const add = want.filter((p) => !this.shown.has(p.range));
    const remove = [...this.shown.values()].filter((p) => !wanted.has(p.range));
    for (const p of remove) this.shown.delete(p.range);
    for (const p of add) this.shown.set(p.range, p);
    if (add.length || remove.length) this.apply(add, remove);
    this.listen(this.windowed);
  }

  reset(): void {
    this.order = [];
    this.shown.clear();
    this.listen(false);
  }

  /** The window: from a little above the first range that reaches the viewport. */
  private around(): PaintedRange[] {
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
    const start = Math.max(0, Math.min(first - WINDOW_BEFORE, this.order.length - WINDOW_SIZE));
    return this.order.slice(start, start + WINDOW_SIZE);
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
