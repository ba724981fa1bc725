import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/page/extract';

/**
 * Extraction on DOMs no browser would lay out (linkedom, as in the CLI): the walk
 * must not recurse its way into a stack overflow, nor slow to a crawl on huge
 * node counts. The timeouts only catch hangs.
 */
const PARAGRAPH =
  'The harbour authority said on Monday that the new ferry terminal would not open before next summer, the third delay since work began.';

function emptyDocument() {
  return parseHTML('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body></body></html>').document as unknown as Document;
}

describe('extraction at the edges', () => {
  it('reads an article under 100,000 nested elements, beside another 100,000-deep branch', { timeout: 60_000 }, () => {
    const doc = emptyDocument();
    const nest = (levels: number) => {
      let el: Element = doc.body;
      for (let i = 0; i < levels; i++) {
        const next = doc.createElement(i % 2 ? 'div' : 'span');
        el.appendChild(next);
        el = next;
      }
      return el;
    };
    const bottom = nest(100_000);
    const article = doc.createElement('article');
    for (let i = 0; i < 8; i++) {
      const p = doc.createElement('p');
      p.textContent = PARAGRAPH;
      article.appendChild(p);
    }
    bottom.appendChild(article);
    nest(100_000).textContent = 'An empty branch.';
    const x = extractArticle(doc);
    expect(x).not.toBeNull();
    expect(x!.text.split('\n').filter((l) => l === PARAGRAPH)).toHaveLength(8);
  });

  it('maps an article of 200,000 word-sized text nodes back to its nodes', { timeout: 60_000 }, () => {
    const doc = emptyDocument();
    const article = doc.createElement('article');
    const words = PARAGRAPH.split(' ');
    let nodes = 0;
    while (nodes < 200_000) {
      const p = doc.createElement('p');
      for (const w of words) {
        p.appendChild(doc.createTextNode(w));
        p.appendChild(doc.createTextNode(' '));
        nodes += 2;
      }
      article.appendChild(p);
    }
    doc.body.appendChild(article);
    const x = extractArticle(doc);
    expect(x).not.toBeNull();
    const lines = x!.text.split('\n');
    // The whole body, unless extraction capped it (it may stop at its maxChars).
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.slice(0, -1).every((l) => l === PARAGRAPH)).toBe(true);
    // Every word is its own segment, on its own node.
    expect(x!.map.segments.length).toBeGreaterThan(lines.length * words.length - words.length);
    // The first sentence runs from the first word's node to the last word's node.
    const first = doc.querySelector('article p')!;
    const from = x!.map.positionAt(0, 'start');
    const to = x!.map.positionAt(PARAGRAPH.length, 'end');
    expect(from?.node).toBe(first.firstChild);
    expect(to?.node).toBe(first.childNodes[first.childNodes.length - 2]);
    expect(to?.offset).toBe((to?.node as Text).data.length);
  });
});
