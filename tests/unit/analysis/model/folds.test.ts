import { describe, expect, it } from 'vitest';
import { foldsOf, publisherFoldsOf, publisherOf, type LabelledDoc } from '../../../../scripts/eval/dataset';

const doc = (set: string, name: string): LabelledDoc => ({ set, doc: name, text: '', gold: [], readings: [], labelled: [], typeExamples: [] });

describe('article-level folds', () => {
  const docs = [...Array.from({ length: 12 }, (_, i) => doc('news', `n${i}`)), ...Array.from({ length: 23 }, (_, i) => doc('pol', `p${i}`))];
  const folds = foldsOf(docs, 5);

  it('puts every article in exactly one fold, and every fold holds both gold sets', () => {
    expect(folds).toHaveLength(docs.length);
    for (let k = 0; k < 5; k++) {
      const sets = new Set(docs.filter((_, i) => folds[i] === k).map((d) => d.set));
      expect([...sets].sort()).toEqual(['news', 'pol']);
    }
  });

  it('deals each set evenly and does not depend on the order articles are listed in', () => {
    const sizes = [0, 1, 2, 3, 4].map((k) => folds.filter((f, i) => f === k && docs[i].set === 'pol').length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const reversed = [...docs].reverse();
    const again = foldsOf(reversed, 5);
    reversed.forEach((d, i) => expect(again[i]).toBe(folds[docs.indexOf(d)]));
  });
});

describe('publisher-level folds', () => {
  const outlets = ['daily', 'herald', 'ledger'];
  const docs = [
    ...outlets.flatMap((o) => Array.from({ length: 6 }, (_, i) => doc('pol', `${o}_2016-01-0${i + 1}_story-${i}`))),
    ...['gazette-0a1b2c3d', 'courier-9f8e7d6c', 'tribune-1234abcd'].map((n) => doc('news', n)),
  ];

  it('reads the outlet from either naming scheme', () => {
    expect(publisherOf(doc('pol', 'herald_2016-01-01_a-story'))).toBe('herald');
    expect(publisherOf(doc('news', 'gazette-0a1b2c3d'))).toBe('gazette');
  });

  it('never puts one outlet on both sides of a fold, and spreads the outlets over the folds', () => {
    const folds = publisherFoldsOf(docs, 3);
    for (const o of outlets) expect(new Set(docs.map((d, i) => (d.doc.startsWith(o) ? folds[i] : -1)).filter((f) => f >= 0)).size).toBe(1);
    expect(new Set(outlets.map((o) => folds[docs.findIndex((d) => d.doc.startsWith(o))])).size).toBe(3);
    const sizes = [0, 1, 2].map((k) => folds.filter((f) => f === k).length);
    expect(sizes).toEqual([7, 7, 7]);
  });
});
