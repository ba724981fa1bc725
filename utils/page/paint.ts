import type { ClaimStatus } from '../analysis/types';
import { markTiming, TIMING } from '../timing';
import { unwrapMark, wrapRange } from './paint-fallback';
import { PAINT_ALL_LIMIT, RangeWindow } from './paint-window';

/**
 * Paints sentence ranges with the CSS Custom Highlight API, one `Highlight` per
 * status registered as `sourcelight-<status>`. Highlights live outside the DOM tree,
 * so painting never changes the page's own markup or breaks its scripts. Ranges
 * are added and removed one by one, so a page that grows is painted for what
 * changed, never repainted whole.
 *
 * Where CSS.highlights is missing the painter wraps each range's text in
 * <sourcelight-mark> elements instead: the only case in which we touch the page's DOM.
 */

/**
 * Where two highlights overlap, the stronger signal wins: a dispute or an
 * allegation matters more to a reader than a neutral attribution.
 */
const PRIORITY: Record<ClaimStatus | 'match' | 'flash', number> = {
  flash: 10,
  match: 9,
  disputed: 7,
  alleged: 6,
  speculative: 5,
  confirmed: 4,
  reported: 3,
  opinion: 2,
  unattributed: 1,
};

/** The CSS highlight name for a status (the contract with style.css and the palette). */
export const highlightName = (kind: ClaimStatus | 'match' | 'flash') => `sourcelight-${kind}`;

/** A range to paint and the status that colours it. */
export interface PaintedRange {
  status: ClaimStatus;
  range: Range;
}

/** Whether the engine has the CSS Custom Highlight API (else the fallback marks are used). */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The page's highlights: adds, removes, shows and hides sentence ranges by status. */
export class Painter {
  private highlights = new Map<ClaimStatus, Highlight>();
  /** Fallback only: the wrapper elements made for each range. */
  private wrappers = new Map<Range, Element[]>();
  private visible = true;
  /** Statuses the reader wants painted (null: all). */
  private allowed: Set<ClaimStatus> | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Sentences that restate a claim from the reader's claim library: painted as
   * one more highlight, `sourcelight-match`, over their status's (the status
   * keeps its colour; the match adds its underline). Kept with their status so
   * a match follows the reader's status filter and the show/hide toggle.
   */
  private matches: PaintedRange[] = [];
  readonly native = canPaint();
  /** Which ranges are registered: all of them, or a window around the viewport on huge pages. */
  private window = new RangeWindow((add, remove) => this.applyWindow(add, remove));

  /**
   * Adds ranges to paint (in document order). Nothing shows until commit():
   * the engine re-checks every registered range on each change, so a run's
   * ranges are registered together, once.
   */
  add(items: PaintedRange[]): void {
    for (const item of items) {
      if (this.native) this.window.push(item);
      else if (this.wrappers.size < PAINT_ALL_LIMIT) this.wrappers.set(item.range, wrapRange(item.range, item.status));
    }
  }

  /** Registers what was added since the last commit: the page shows it from now on. */
  commit(): void {
    if (this.native) {
      this.window.commit();
      for (const status of this.highlights.keys()) this.sync(status);
    }
    markTiming(TIMING.painted); // read by npm run bench and npm run pages
  }

  private applyWindow(add: PaintedRange[], remove: PaintedRange[]): void {
    for (const { status, range } of remove) this.highlights.get(status)?.delete(range);
    const fresh = new Set<ClaimStatus>();
    for (const { status, range } of add) {
      let h = this.highlights.get(status);
      if (!h) {
        h = new Highlight();
        h.priority = PRIORITY[status];
        this.highlights.set(status, h);
        fresh.add(status);
      }
      h.add(range);
    }
    for (const status of fresh) this.sync(status);
    if (this.matches.length) this.syncMatches();
  }

  remove(items: PaintedRange[]): void {
    if (this.matches.length && items.length) {
      const gone = new Set(items.map((i) => i.range));
      const kept = this.matches.filter((m) => !gone.has(m.range));
      if (kept.length !== this.matches.length) this.setMatches(kept);
    }
    if (this.native) this.window.remove(new Set(items.map((i) => i.range)));
    for (const { status, range } of items) {
      if (!this.native) {
        for (const el of this.wrappers.get(range) ?? []) unwrapMark(el);
        this.wrappers.delete(range);
        continue;
      }
      const h = this.highlights.get(status);
      if (!h) continue;
      h.delete(range);
      if (h.size === 0) {
        this.highlights.delete(status);
        CSS.highlights.delete(highlightName(status));
      }
    }
  }

  /** Hides or shows every highlight without forgetting them (the reader's toggle). */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.syncAll();
  }

  /** Paints only these statuses (null: all); the others are kept, unregistered. */
  setStatuses(statuses: readonly ClaimStatus[] | null): void {
    this.allowed = statuses ? new Set(statuses) : null;
    this.syncAll();
  }

  /** Marks these ranges (already added under their status) as restating a library claim; replaces the earlier set. */
  setMatches(items: PaintedRange[]): void {
    this.matches = items;
    this.syncMatches();
  }

  private syncMatches(): void {
    // On a windowed page, matches follow the window like the statuses they sit on.
    const shown = this.matches.filter((m) => this.shows(m.status) && (!this.native || this.window.isShown(m.range)));
    if (!this.native) {
      const on = new Set(shown.map((m) => m.range));
      for (const [range, els] of this.wrappers) for (const el of els) el.toggleAttribute('data-match', on.has(range));
      return;
    }
    const name = highlightName('match');
    if (!shown.length) {
      CSS.highlights.delete(name);
      return;
    }
    const h = new Highlight(...shown.map((m) => m.range));
    h.priority = PRIORITY.match;
    CSS.highlights.set(name, h);
  }

  private shows(status: ClaimStatus): boolean {
    return this.visible && (!this.allowed || this.allowed.has(status));
  }

  private sync(status: ClaimStatus): void {
    const h = this.highlights.get(status);
    const name = highlightName(status);
    const on = !!h && this.shows(status);
    if (on && CSS.highlights.get(name) !== h) CSS.highlights.set(name, h!);
    else if (!on && CSS.highlights.has(name)) CSS.highlights.delete(name);
  }

  private syncAll(): void {
    this.syncMatches();
    if (this.native) {
      for (const status of this.highlights.keys()) this.sync(status);
      return;
    }
    for (const [range, els] of this.wrappers) {
      void range;
      for (const el of els) el.toggleAttribute('data-off', !this.shows(el.getAttribute('data-status') as ClaimStatus));
    }
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Briefly marks one range so the reader's eye finds it after a scroll. */
  flash(range: Range, ms = 1600): void {
    if (!this.native) return;
    const h = new Highlight(range);
    h.priority = PRIORITY.flash;
    CSS.highlights.set(highlightName('flash'), h);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(highlightName('flash')), ms);
  }

  clear(): void {
    if (this.native) {
      for (const status of this.highlights.keys()) CSS.highlights.delete(highlightName(status));
      CSS.highlights.delete(highlightName('flash'));
      CSS.highlights.delete(highlightName('match'));
    }
    this.matches = [];
    this.window.reset();
    for (const els of this.wrappers.values()) for (const el of els) unwrapMark(el);
    this.wrappers.clear();
    this.highlights.clear();
    clearTimeout(this.flashTimer);
  }
}
