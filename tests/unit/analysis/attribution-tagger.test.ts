import { beforeAll, describe, expect, it } from 'vitest';
import { tagAttributions, type Span } from '../../../utils/analysis/attribution-tagger';
import model from '../../../utils/analysis/data/attribution-tagger.json';

const covers = (text: string, spans: Span[], words: string): boolean => {
  const at = text.indexOf(words);
  return spans.some((s) => s.start <= at && s.end >= at + words.length);
};
const touches = (text: string, spans: Span[], words: string): boolean => {
  const at = text.indexOf(words);
  return spans.some((s) => s.start < at + words.length && s.end > at);
};

// Decoding the POS model and the weights takes a moment on a loaded machine; it is not what these tests time.
beforeAll(() => void tagAttributions('Warm up, she said.'), 60_000);

describe('tagAttributions', () => {
  it('finds the cue, source and content of a reported claim', () => {
    const text = 'The county treasurer said the pension fund would run dry by 2031.';
    const r = tagAttributions(text);
    expect(covers(text, r.cues, 'said')).toBe(true);
    expect(covers(text, r.sources, 'treasurer')).toBe(true);
    expect(touches(text, r.sources, 'pension')).toBe(false);
    expect(covers(text, r.contents, 'pension fund would run dry')).toBe(true);
  });

  it('reads a quote with the attribution after it', () => {
    const text = '“We are not going to close the library,” the deputy mayor told reporters on Friday.';
    const r = tagAttributions(text);
    expect(covers(text, r.cues, 'told')).toBe(true);
    expect(covers(text, r.sources, 'deputy mayor')).toBe(true);
    expect(covers(text, r.contents, 'not going to close the library')).toBe(true);
  });

  it('takes “according to” as a cue', () => {
    const text = 'Ticket sales fell by a third last season, according to the league.';
    const r = tagAttributions(text);
    expect(touches(text, r.cues, 'according')).toBe(true);
    expect(covers(text, r.sources, 'the league')).toBe(true);
    expect(touches(text, r.sources, 'Ticket')).toBe(false);
  });

  it('finds nothing to attribute in a plain statement of fact', () => {
    const text = 'The river flooded the lower valley in early spring.';
    const r = tagAttributions(text);
    expect(r.cues).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('gives well-formed, ordered, deterministic spans and survives odd input', () => {
    const text = 'Officials denied the report.\n\nShe added that the audit “found no errors” and said it was closed. ' + '— '.repeat(50);
    const a = tagAttributions(text), b = tagAttributions(text);
    expect(a).toEqual(b);
    for (const spans of [a.cues, a.sources, a.contents]) {
      for (let i = 0; i < spans.length; i++) {
        expect(spans[i].start).toBeLessThan(spans[i].end);
        expect(spans[i].end).toBeLessThanOrEqual(text.length);
        if (i) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
      }
    }
    expect(tagAttributions('')).toEqual({ cues: [], sources: [], contents: [] });
    expect(tagAttributions('   ')).toEqual({ cues: [], sources: [], contents: [] });
  });

  it('ships weights of the declared shape with their provenance', () => {
    expect(model.weights.length).toBe(model.features.length * 9);
    expect(model.transitions).toHaveLength(3);
    for (const t of model.transitions) expect(t).toHaveLength(12);
    expect(model.provenance.excluded).toMatch(/gold\/polnear-train/);
    expect(model.provenance.fileSetSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
