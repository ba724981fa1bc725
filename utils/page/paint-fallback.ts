/**
 * Painting for engines without the CSS Custom Highlight API: each text node a
 * range touches is split at the range's edges and its part wrapped in a
 * <sourcelight-mark> element that style.css colours by `data-status`. This
 * changes the page's DOM, so it is used only where CSS.highlights is missing.
 */
export const MARK_TAG = 'sourcelight-mark';

/** Wraps the text of `range` in marks; returns them so they can be undone. */
export function wrapRange(range: Range, status: string): Element[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc || range.collapsed) return [];
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const marks: Element[] = [];
  // Capture the edges first: splitting moves live range boundaries.
  const { startContainer, startOffset, endContainer, endOffset } = range;
  for (const text of texts) {
    let node = text;
    const from = node === startContainer ? startOffset : 0;
    const to = node === endContainer ? endOffset : node.length;
    if (to <= from || !node.data.slice(from, to).trim()) continue;
    if (to < node.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-status', status);
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Puts a mark's text back where it was (adjacent text nodes stay split: harmless). */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}
