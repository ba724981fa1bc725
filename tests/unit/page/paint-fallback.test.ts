// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canPaint, Painter } from '@/utils/page/paint';
import { MARK_TAG, unwrapMark, wrapRange } from '@/utils/page/paint-fallback';

function sentenceRange(): Range {
  document.body.innerHTML = '<p id="p">Before. The <a href="#">city council</a> <em>said</em> so. After.</p>';
  const p = document.getElementById('p')!;
  const range = document.createRange();
  range.setStart(p.firstChild!, 'Before. '.length);
  range.setEnd(p.lastChild!, ' so.'.length);
  return range;
}

describe('fallback painting without CSS.highlights', () => {
  it('wraps the text of a range that crosses elements, and unwrapping restores the text', () => {
    const range = sentenceRange();
    const p = document.getElementById('p')!;
    const marks = wrapRange(range, 'reported');
    // Every text node the range touches is wrapped (whitespace-only ones need no paint).
    expect(marks.map((m) => m.textContent).join('|')).toBe('The |city council|said| so.');
    expect(p.textContent).toBe('Before. The city council said so. After.');
    expect(p.querySelectorAll(MARK_TAG).length).toBe(marks.length);
    expect(marks.every((m) => m.getAttribute('data-status') === 'reported')).toBe(true);
    for (const m of marks) unwrapMark(m);
    expect(p.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(p.textContent).toBe('Before. The city council said so. After.');
  });

  it('is what the painter uses where the engine has no highlight registry', () => {
    expect(canPaint()).toBe(false);
    const range = sentenceRange();
    const painter = new Painter();
    painter.add([{ status: 'alleged', range }]);
    painter.commit();
    const marked = Array.from(document.querySelectorAll(MARK_TAG)).map((m) => m.textContent).join('');
    expect(marked.replace(/\s+/g, '')).toBe('Thecitycouncilsaidso.');
    painter.setVisible(false);
    expect(Array.from(document.querySelectorAll(MARK_TAG)).every((m) => m.hasAttribute('data-off'))).toBe(true);
    painter.clear();
    expect(document.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(document.getElementById('p')!.textContent).toBe('Before. The city council said so. After.');
  });
});
