// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeFor } from '@/utils/page/anchor';
import { extractArticle } from '@/utils/page/extract';

const filler = Array.from({ length: 8 }, (_, i) => `<p>Filler paragraph ${i}, long enough, with commas, to count as running prose on a page.</p>`).join('');

function load(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the text map from article offsets to live DOM positions', () => {
  it('gives one Range for a sentence that spans a link, <em>, <strong> and several text nodes', () => {
    const doc = load(`<article><p id="s">The <a href="#">city council</a> <em>said</em> on <strong>Tuesday</strong> that it would.</p> <p>Next one, here.</p>${filler}</article>`);
    const s = doc.getElementById('s')!;
    s.appendChild(doc.createTextNode(' Second sentence'));
    s.appendChild(doc.createTextNode(' in two nodes.'));
    const ex = extractArticle(doc)!;
    const sentence = 'The city council said on Tuesday that it would.';
    const start = ex.text.indexOf(sentence);
    const range = rangeFor(ex.map, start, start + sentence.length, doc)!;
    expect(range.toString()).toBe(sentence);
    expect(range.startContainer.parentElement?.id).toBe('s');
    expect(range.endContainer.textContent).toBe(' that it would.');
    const second = 'Second sentence in two nodes.';
    const s2 = ex.text.indexOf(second);
    expect(rangeFor(ex.map, s2, s2 + second.length, doc)!.toString()).toBe(second);
  });

  it('never lets a span ending at a paragraph break spill into the next paragraph', () => {
    const doc = load(`<article><p>First paragraph ends here, with a full stop.</p><p>Second paragraph, with commas, starts here.</p>${filler}</article>`);
    const ex = extractArticle(doc)!;
    const end = ex.text.indexOf('\n');
    const range = rangeFor(ex.map, 0, end, doc)!;
    expect(range.toString()).toBe('First paragraph ends here, with a full stop.');
    // A span of only the inserted break maps to nothing.
    expect(rangeFor(ex.map, end, end + 1, doc)?.toString() ?? '').not.toContain('\n');
  });

  it('maps every non-space character of the text back to the same character in the DOM', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('', 'a', 'em', 'strong', 'span'), fc.stringMatching(/^[A-Za-z,. ]{1,12}$/), fc.constantFrom(' ', '  ', '\n', '')), { minLength: 1, maxLength: 12 }),
        (pieces) => {
          const inner = pieces.map(([tag, t, sp]) => (tag ? `<${tag}>${t}</${tag}>${sp}` : `${t}${sp}`)).join('');
          const doc = load(`<article><p>Lead words, first: ${inner} and the end.</p>${filler}</article>`);
          const ex = extractArticle(doc)!;
          for (let i = 0; i < ex.text.length; i++) {
            if (/\s/.test(ex.text[i])) continue;
            const pos = ex.map.positionAt(i)!;
            expect(pos.node.data[pos.offset]).toBe(ex.text[i]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
