/**
 * Which painted sentence is under the pointer. Highlights are not elements, so
 * the page gives us no event target for them: we ask the engine.
 * `CSS.highlights.highlightsFromPoint()` answers directly where the browser has
 * it; when it has no answer of ours, or elsewhere, the caret position under the point is found
 * (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`) and the
 * sentence whose range holds it is found by binary search, then confirmed
 * against the range's boxes so a pointer in the margin next to a line does not
 * count.
 */

type HighlightHit = { highlight: Highlight; ranges: AbstractRange[] };
type Registry = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };
type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** Finds the painted sentence at a client point (see the file comment). */
export class ClaimLocator {
  /** Painted ranges in document order, with the sentence index each stands for. */
  private entries: { range: Range; index: number }[] = [];
  private byRange = new Map<AbstractRange, number>();

  constructor(private doc: Document) {}

  /** Replaces the set of painted ranges (document order expected, as extraction gives). */
  set(entries: { range: Range; index: number }[]): void {
    this.entries = entries;
    this.byRange = new Map(entries.map((e) => [e.range, e.index]));
  }

  /** The sentence index under client point (x, y), or null. */
  at(x: number, y: number): number | null {
    if (!this.entries.length) return null;
    const registry = (typeof CSS !== 'undefined' ? (CSS as { highlights?: Registry }).highlights : undefined) ?? undefined;
    if (registry && typeof registry.highlightsFromPoint === 'function') {
      try {
        for (const hit of registry.highlightsFromPoint(x, y)) {
          for (const r of hit.ranges) {
            const index = this.byRange.get(r);
            if (index !== undefined) return index;
          }
        }
        // No hit of ours: fall through to the caret method, which also answers
        // for ranges not registered (a huge page's window) and right after the
        // page's layout changed.
      } catch {
        // Fall through to the caret method.
      }
    }
    const caret = caretAt(this.doc as CaretDoc, x, y);
    if (!caret) return null;
    const i = this.search(caret.node, caret.offset);
    if (i === null) return null;
    const { range, index } = this.entries[i];
    for (const rect of Array.from(range.getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return index;
    }
    return null;
  }

  private search(node: Node, offset: number): number | null {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      let cmp: number;
      try {
        cmp = this.entries[mid].range.comparePoint(node, offset);
      } catch {
        return null; // the node left the document
      }
      if (cmp === 0) return mid;
      if (cmp < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return null;
  }
}

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
