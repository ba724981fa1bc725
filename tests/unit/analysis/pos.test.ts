import { beforeAll, describe, expect, it } from 'vitest';
import { tagTokens, warmPos } from '../../../utils/analysis/pos';

// Decoding the model takes a moment on a loaded machine; it is not what these tests time.
beforeAll(() => warmPos(), 60_000);

describe('tagTokens', () => {
  it('gives offsets that point back at each token in the text', () => {
    const text = '“We won’t wait,” the mayor’s aide said.\n\nThe council met on Monday.';
    const tokens = tagTokens(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
    expect(tokens.some((t) => /\s/.test(t.text))).toBe(false);
  });

  it('reads parts of speech and lemmas', () => {
    const tokens = tagTokens('The council approved the new budget on Monday.');
    const at = (w: string) => tokens.find((t) => t.text === w)!;
    expect(at('council').pos).toBe('NOUN');
    expect(at('approved').pos).toBe('VERB');
    expect(at('approved').lemma).toBe('approve');
    expect(at('Monday').pos).toBe('PROPN');
    expect(at('The').pos).toBe('DET');
    expect(at('.').pos).toBe('PUNCT');
  });

  it('tells a participle from a noun by context', () => {
    const tokens = tagTokens('Asked about the delay, the minister said nothing.');
    expect(tokens[0].pos).toBe('VERB');
    expect(tokens.find((t) => t.text === 'minister')!.pos).toBe('NOUN');
  });

  it('gives nothing for empty or blank text', () => {
    expect(tagTokens('')).toEqual([]);
    expect(tagTokens(' \n\t ')).toEqual([]);
  });
});
