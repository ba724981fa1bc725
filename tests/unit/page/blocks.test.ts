// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '@/utils/page/blocks';
import { runToEnd } from '@/utils/page/schedule';

/**
 * A body holding one paragraph split into one text node per word and per space;
 * with `element`, an empty <b> closes it, so the walk reads it node by node.
 */
function paragraph(text: string, element = false): HTMLElement {
  document.body.replaceChildren();
  const p = document.createElement('p');
  for (const part of text.split(/( )/)) p.appendChild(document.createTextNode(part));
  if (element) p.appendChild(document.createElement('b'));
  document.body.appendChild(p);
  return p;
}

describe('the block census of an element holding only text', () => {
  const TEXT = 'The council said on Tuesday that the bridge, closed since March, would reopen in June.  ';

  it('counts it in one read exactly as it counts the same text node by node', () => {
    const mixed = paragraph(TEXT, true);
    const byNode = runToEnd(collectBlocks(document.body)).blocks.get(mixed);
    const leaf = paragraph(TEXT);
    expect(leaf.childNodes.length).toBeGreaterThan(20);
    const b = runToEnd(collectBlocks(document.body)).blocks.get(leaf);
    expect(byNode).toBeDefined();
    // The same counts; the head differs only in its spaces: node by node, the
    // whitespace-only nodes are skipped, so the words there run together.
    expect({ ...b, head: '' }).toEqual({ ...byNode, head: '' });
    expect(byNode?.head).toBe(TEXT.replace(/\s+/g, ''));
    expect(b).toMatchObject({ chars: TEXT.replace(/\s/g, '').length, punctuation: 3, truncated: false, linkChars: 0 });
    expect(b?.head).toBe(TEXT.replace(/\s+/g, ' ').slice(0, 240));
  });

  it('sees a teaser cut off with an ellipsis, even with whitespace nodes after it', () => {
    for (const element of [false, true]) {
      const p = paragraph('Read how the council decided to close the bridge for good ... ', element);
      expect(runToEnd(collectBlocks(document.body)).blocks.get(p)?.truncated).toBe(true);
    }
  });

  it('counts text inside a link as link text', () => {
    document.body.innerHTML = '<p>Before the link, <a href="#x">twelve chars</a> after.</p>';
    const p = document.querySelector('p')!;
    const stats = runToEnd(collectBlocks(document.body)).blocks.get(p);
    expect(stats?.linkChars).toBe('twelvechars'.length);
    expect(stats?.chars).toBe('Beforethelink,twelvecharsafter.'.length);
  });
});

describe('the block census and hidden text', () => {
  it('skips hidden subtrees and tells its caller of each, so their reveal can be watched', () => {
    document.body.innerHTML =
      '<div id="shown"><p>Shown text, with a comma, read at once.</p></div><div id="later" class="hidden"><p>Kept hidden until the page says so, with a comma.</p></div><p id="tip" class="hidden">Tip</p>';
    const told: Element[] = [];
    const census = runToEnd(collectBlocks(document.body, { isVisible: (el) => !el.classList.contains('hidden'), onHidden: (el) => told.push(el) }));
    expect(told.map((el) => el.id)).toEqual(['later', 'tip']);
    expect([...census.blocks.keys()].map((el) => el.parentElement?.id ?? el.id)).toEqual(['shown']);
  });
});
