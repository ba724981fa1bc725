import { describe, expect, it } from 'vitest';
import { foldsOf, type LabelledDoc } from '../../../../scripts/eval/dataset';

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
