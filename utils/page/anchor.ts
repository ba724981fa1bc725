import type { TextMap } from './text-map';

/**
 * One `Range` for the article-text span [start, end), however many text nodes,
 * links or emphasis elements it crosses. Returns null when the span maps to no
 * node (for example a span made only of inserted paragraph breaks).
 */
export function rangeFor(map: TextMap, start: number, end: number, doc: Document): Range | null {
  const from = map.positionAt(start, 'start');
  const to = map.positionAt(end, 'end');
  if (!from || !to) return null;
  try {
    const range = doc.createRange();
    range.setStart(from.node, Math.min(from.offset, from.node.length));
    range.setEnd(to.node, Math.min(to.offset, to.node.length));
    return range.collapsed ? null : range;
  } catch {
    // A node the page removed since extraction throws here; that sentence is simply
    // not painted rather than breaking the rest.
    return null;
  }
}
