import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';
import { rangeFor } from '../../../utils/page/anchor';
import { extractArticle, type Extraction } from '../../../utils/page/extract';
import { AWKWARD_CHARS, newsishText } from './arbitraries';

/**
 * The text mapping under random markup: whatever the page's text nodes hold
 * (odd whitespace, zero-width and bidi characters, empty nodes, deep inline
 * nesting), every mapped run is a verbatim copy of its node, offsets stay within
 * bounds and in order, and a sentence's Range reads back the sentence.
 */

/** A random piece of inline markup, as a tree description built into the DOM below. */
type Inline = { text: string } | { tag: 'a' | 'em' | 'span' | 'b' | 'br' | 'script' | 'sup'; kids: Inline[] };

const textPiece = fc.oneof(
  { weight: 4, arbitrary: newsishText(12) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t ', '\u00A0', ...AWKWARD_CHARS) },
);

const inline: fc.Arbitrary<Inline> = fc.letrec<{ node: Inline }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: textPiece.map((text) => ({ text })) },
    {
      weight: 1,
      arbitrary: fc.record({
        tag: fc.constantFrom('a', 'em', 'span', 'b', 'br', 'sup') as fc.Arbitrary<'a' | 'em' | 'span' | 'b' | 'br' | 'sup'>,
        kids: fc.array(tie('node'), { maxLength: 3 }),
      }),
    },
  ),
})).node;

/** A paragraph: prose long enough to count as body (half the time), then random inline content. */
const paragraph = fc.tuple(fc.boolean(), fc.array(inline, { maxLength: 8 }));

const page = fc.record({
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 12 }),
  /** Furniture between paragraphs: never part of the text. */
  furnitureAfter: fc.array(fc.nat(11), { maxLength: 3 }),
});

const PROSE = 'The harbour authority said on Monday that the new terminal would open in the spring. ';

const window = new Window();
const document = window.document as unknown as Document;
afterAll(() => window.happyDOM.close());

function build(parent: Node, node: Inline): void {
  if ('text' in node) {
    parent.appendChild(document.createTextNode(node.text));
    return;
  }
  const el = document.createElement(node.tag);
  if (node.tag !== 'br') for (const k of node.kids) build(el, k);
  parent.appendChild(el);
}

function render(spec: { paragraphs: [boolean, Inline[]][]; furnitureAfter: number[] }): void {
  document.body.replaceChildren();
  const article = document.createElement('article');
  spec.paragraphs.forEach(([prose, kids], i) => {
    const p = document.createElement('p');
    if (prose) p.appendChild(document.createTextNode(PROSE.repeat(2)));
    for (const k of kids) build(p, k);
    article.appendChild(p);
    if (spec.furnitureAfter.includes(i)) {
      const s = document.createElement('script');
      s.textContent = 'var furniture = "never body text";';
      article.appendChild(s);
      const nav = document.createElement('nav');
      nav.textContent = 'Home World Politics never body text';
      article.appendChild(nav);
    }
  });
  document.body.appendChild(article);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function checkMap(x: Extraction): void {
  const { text, map } = x;
  let prevEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const seg of map.segments) {
    expect(seg.start).toBeGreaterThanOrEqual(prevEnd);
    expect(seg.end).toBeGreaterThan(seg.start);
    expect(seg.end).toBeLessThanOrEqual(text.length);
    expect(seg.nodeStart + (seg.end - seg.start)).toBeLessThanOrEqual(seg.node.data.length);
    expect(seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.end - seg.start)).toBe(text.slice(seg.start, seg.end));
    covered.fill(1, seg.start, seg.end);
    prevEnd = seg.end;
  }
  // Outside the mapped runs there are only the separators extraction inserted.
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && text[i] !== ' ' && text[i] !== '\n') throw new Error(`unmapped character ${JSON.stringify(text[i])} at ${i}`);
  }
  for (let o = 0; o <= text.length; o++) {
    for (const bias of ['start', 'end'] as const) {
      const pos = map.positionAt(o, bias);
      // A plain check, not expect(): this loop runs for every offset of every text.
      if (pos && (pos.offset < 0 || pos.offset > pos.node.data.length)) {
        throw new Error(`positionAt(${o}, ${bias}) gave offset ${pos.offset} in a node of ${pos.node.data.length}`);
      }
    }
  }
}

describe('extraction and the text map on random markup', () => {
  it('maps every run verbatim, in order and within bounds; collapses whitespace', { timeout: 60_000 }, () => {
    let extracted = 0;
    fc.assert(
      fc.property(page, (spec) => {
        render(spec);
        const x = extractArticle(document);
        if (!x) return;
        extracted++;
        expect(x.text).toBe(x.text.trim());
        expect(/\s\s/.test(x.text)).toBe(false);
        expect(x.text).not.toContain('never body text');
        checkMap(x);
      }),
      { numRuns: 200 },
    );
    // Most generated pages hold an article; if none did, the checks above never ran.
    expect(extracted).toBeGreaterThan(50);
  });

  it("gives each sentence a Range that reads back the sentence's text", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(page, (spec) => {
        render(spec);
        const x = extractArticle(document);
        if (!x) return;
        for (const s of analyze(x.text)) {
          const range = rangeFor(x.map, s.start, s.end, document);
          if (!range) continue;
          expect(collapse(range.toString())).toBe(collapse(s.text));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws when the page removes or rewrites nodes after extraction', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { maxLength: 6 }), (spec, victims) => {
        render(spec);
        const x = extractArticle(document);
        if (!x) return;
        const nodes = x.map.segments.map((s) => s.node);
        for (const v of victims) {
          const n = nodes[v % Math.max(1, nodes.length)];
          if (!n) continue;
          if (v % 2) n.remove();
          else n.data = n.data.slice(0, v % 3);
        }
        for (const s of analyze(x.text)) {
          const range = rangeFor(x.map, s.start, s.end, document);
          if (range) expect(range.startOffset).toBeLessThanOrEqual(range.startContainer.textContent?.length ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
