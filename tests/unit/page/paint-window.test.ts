// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PaintedRange } from '@/utils/page/paint';
import { NODE_BUDGET, PAINT_ALL_LIMIT, RangeWindow, textNodesIn } from '@/utils/page/paint-window';

/** Fake ranges laid out one per 20 px line, with the page scrolled by `scroll.y`. */
function ranges(n: number, scroll: { y: number }): PaintedRange[] {
  return Array.from({ length: n }, (_, i) => {
    const range = { getBoundingClientRect: () => ({ top: i * 20 - scroll.y, bottom: i * 20 + 18 - scroll.y }) } as unknown as Range;
    return { status: 'reported', range };
  });
}

function registered() {
  const shown = new Set<Range>();
  const window = new RangeWindow((add, remove) => {
    for (const p of remove) shown.delete(p.range);
    for (const p of add) shown.add(p.range);
  });
  return { window, shown };
}

describe('which claim ranges are registered', () => {
  it('registers every range of an ordinary article', () => {
    const scroll = { y: 0 };
    const { window, shown } = registered();
    for (const p of ranges(300, scroll)) window.push(p);
    window.commit();
    expect(shown.size).toBe(300);
    window.reset();
  });

  it('registers a window around the viewport on a huge page, and moves it with the scroll', () => {
    const scroll = { y: 0 };
    const all = ranges(PAINT_ALL_LIMIT * 3, scroll);
    const { window, shown } = registered();
    for (const p of all) window.push(p);
    window.commit();
    expect(shown.size).toBeLessThan(PAINT_ALL_LIMIT);
    expect(shown.has(all[0].range)).toBe(true);
    expect(shown.has(all[all.length - 1].range)).toBe(false);
    // Scroll to line 2000: the window now holds it and the lines around it.
    scroll.y = 2000 * 20;
    window.commit();
    expect(shown.has(all[2000].range)).toBe(true);
    expect(shown.has(all[1990].range)).toBe(true);
    expect(shown.has(all[0].range)).toBe(false);
    // At the very end, the window ends with the last range.
    scroll.y = all.length * 20;
    window.commit();
    expect(shown.has(all[all.length - 1].range)).toBe(true);
    window.reset();
  });

  it('forgets removed ranges and registers all again once the page shrinks', () => {
    const scroll = { y: 0 };
    const all = ranges(PAINT_ALL_LIMIT + 100, scroll);
    const { window, shown } = registered();
    for (const p of all) window.push(p);
    window.commit();
    window.remove(new Set(all.slice(PAINT_ALL_LIMIT - 50).map((p) => p.range)));
    for (const p of all.slice(PAINT_ALL_LIMIT - 50)) shown.delete(p.range);
    window.commit();
    expect(shown.size).toBe(PAINT_ALL_LIMIT - 50);
    window.reset();
  });

  it('windows a page whose few ranges each cover many one-word text nodes', () => {
    // 200 sentences of 40 text nodes each: far under PAINT_ALL_LIMIT ranges, far over NODE_BUDGET nodes.
    const { all, nodes } = sentences(200, 40);
    const { window, shown } = registered();
    for (const p of all) window.push(p);
    window.commit();
    expect(window.windowed).toBe(true);
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(all.length);
    expect(shown.has(all[0].range)).toBe(true);
    let covered = 0;
    for (const p of all) if (shown.has(p.range)) covered += nodes;
    expect(covered).toBeLessThanOrEqual(NODE_BUDGET);
    window.reset();
    document.body.replaceChildren();
  });

  it('registers every range when sentences cover a node or two each', () => {
    const { all } = sentences(300, 2);
    const { window, shown } = registered();
    for (const p of all) window.push(p);
    window.commit();
    expect(window.windowed).toBe(false);
    expect(shown.size).toBe(300);
    window.reset();
    document.body.replaceChildren();
  });

  it('counts the text nodes a range covers, up to a cap', () => {
    const { all } = sentences(2, 40);
    expect(textNodesIn(all[0].range, 1000)).toBe(40);
    expect(textNodesIn(all[1].range, 10)).toBe(10);
    document.body.replaceChildren();
  });
});

/** `n` paragraphs in the document, each one sentence split into `words` text nodes, one range each. */
function sentences(n: number, words: number): { all: PaintedRange[]; nodes: number } {
  const all: PaintedRange[] = [];
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    for (let w = 0; w < words; w++) p.appendChild(document.createTextNode(w % 2 ? ' ' : 'word'));
    document.body.appendChild(p);
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.lastChild!, (p.lastChild as Text).length);
    all.push({ status: 'reported', range });
  }
  return { all, nodes: words };
}
