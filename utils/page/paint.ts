import type { ClaimStatus } from '../analysis/types';
import { markTiming, TIMING } from '../timing';

/**
 * Paints sentence ranges with the CSS Custom Highlight API, one `Highlight` per
 * status registered as `sourcelight-<status>`. Highlights live outside the DOM tree,
 * so painting never changes the page's own markup or breaks its scripts.
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

export const highlightName = (kind: ClaimStatus | 'match' | 'flash') => `sourcelight-${kind}`;

export interface PaintedRange {
  status: ClaimStatus;
  range: Range;
}

export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private names = new Set<string>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  paint(items: PaintedRange[]): void {
    this.clear();
    const byStatus = new Map<ClaimStatus, Range[]>();
    for (const { status, range } of items) {
      const list = byStatus.get(status) ?? [];
      list.push(range);
      byStatus.set(status, list);
    }
    for (const [status, ranges] of byStatus) {
      const h = new Highlight(...ranges);
      h.priority = PRIORITY[status];
      this.register(highlightName(status), h);
    }
    markTiming(TIMING.painted); // read by npm run bench
  }

  /** Briefly marks one range so the reader's eye finds it after a scroll. */
  flash(range: Range, ms = 1600): void {
    const h = new Highlight(range);
    h.priority = PRIORITY.flash;
    this.register(highlightName('flash'), h);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      CSS.highlights.delete(highlightName('flash'));
      this.names.delete(highlightName('flash'));
    }, ms);
  }

  clear(): void {
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }

  private register(name: string, h: Highlight): void {
    CSS.highlights.set(name, h);
    this.names.add(name);
  }
}
