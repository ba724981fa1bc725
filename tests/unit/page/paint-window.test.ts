// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PaintedRange } from '@/utils/page/paint';
import { PAINT_ALL_LIMIT, RangeWindow } from '@/utils/page/paint-window';

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
});
