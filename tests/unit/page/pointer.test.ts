// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimLocator } from '@/utils/page/pointer';

/** The document as the test stubs it: the caret API without layout behind it. */
const stub = () => document as unknown as { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } };

function setUp() {
  document.body.innerHTML = '<p id="p">First claim here. Not a claim. Third claim there.</p>';
  const text = document.getElementById('p')!.firstChild as Text;
  const range = (from: string, to: string) => {
    const r = document.createRange();
    r.setStart(text, text.data.indexOf(from));
    r.setEnd(text, text.data.indexOf(to) + to.length);
    return r;
  };
  const first = range('First', 'here.');
  const third = range('Third', 'there.');
  return { text, first, third };
}

describe('the claim under the pointer, where highlightsFromPoint is missing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete stub().caretPositionFromPoint;
  });

  it('finds the painted sentence holding the caret under the point, and nothing between sentences', () => {
    const { text, first, third } = setUp();
    const locator = new ClaimLocator(document);
    locator.set([
      { range: first, index: 0 },
      { range: third, index: 2 },
    ]);
    // Every range box covers the point: the caret decides.
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 500, 20)] as unknown as DOMRectList);
    let caret = 0;
    stub().caretPositionFromPoint = () => ({ offsetNode: text, offset: caret });
    caret = text.data.indexOf('claim here');
    expect(locator.at(10, 10)).toBe(0);
    caret = text.data.indexOf('Third') + 2;
    expect(locator.at(10, 10)).toBe(2);
    caret = text.data.indexOf('Not a');
    expect(locator.at(10, 10)).toBeNull();
  });

  it('ignores a caret that snapped to text away from the pointer (the margin beside a line)', () => {
    const { text, first } = setUp();
    const locator = new ClaimLocator(document);
    locator.set([{ range: first, index: 0 }]);
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 100, 20)] as unknown as DOMRectList);
    stub().caretPositionFromPoint = () => ({ offsetNode: text, offset: 3 });
    expect(locator.at(50, 10)).toBe(0);
    expect(locator.at(400, 10)).toBeNull();
  });
});
