/**
 * A map from offsets in the extracted article text back to DOM text nodes.
 *
 * Extraction collapses whitespace and inserts paragraph breaks, so an offset in
 * the article text is not an offset in any one node. The map stores maximal runs
 * where the two move in step (one `Segment` per run), which keeps it small: a node
 * is split only where whitespace was collapsed.
 */
export interface Segment {
  /** Offset in the article text where this run starts. */
  start: number;
  /** Offset in the article text where this run ends (exclusive). */
  end: number;
  node: Text;
  /** Offset in `node.data` that corresponds to `start`. */
  nodeStart: number;
}

/** A point in the DOM: a text node and an offset in its data. */
export interface TextPosition {
  node: Text;
  offset: number;
}

/** Article offsets → DOM positions, by binary search over the runs. */
export class TextMap {
  /** Segments in article-text order, non-overlapping. */
  readonly segments: Segment[] = [];

  add(segment: Segment): void {
    this.segments.push(segment);
  }

  /**
   * The DOM position of article offset `offset`. With `bias: 'end'` an offset that
   * falls between two segments resolves to the end of the earlier one, so an end
   * offset never spills into the next paragraph.
   */
  positionAt(offset: number, bias: 'start' | 'end' = 'start'): TextPosition | null {
    const segs = this.segments;
    if (segs.length === 0) return null;
    // Binary search for the last segment whose start <= offset (or < offset for end bias).
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid];
      const before = bias === 'end' ? s.start < offset : s.start <= offset;
      if (before) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (bias === 'start') {
      // An offset in a gap (inserted paragraph break) starts at the next segment.
      if (found === -1 || offset >= segs[found].end) {
        const next = segs[found + 1];
        return next ? { node: next.node, offset: next.nodeStart } : null;
      }
      const s = segs[found];
      return { node: s.node, offset: s.nodeStart + (offset - s.start) };
    }
    if (found === -1) return null;
    const s = segs[found];
    const clamped = Math.min(offset, s.end);
    return { node: s.node, offset: s.nodeStart + (clamped - s.start) };
  }
}
