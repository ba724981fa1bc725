import { describe, expect, it } from 'vitest';
import { tagSentences } from '../../../utils/analysis/tagged';

// Spans written by hand over a text of our own, so the reading is tested apart from the tagger.
const text = '“The bridge will hold,” the engineer said. It opened in May. Grandi welcomed the plan.';
const at = (piece: string) => {
  const start = text.indexOf(piece);
  return { start, end: start + piece.length };
};
const sentences = [at('“The bridge will hold,” the engineer said.'), at('It opened in May.'), at('Grandi welcomed the plan.')];
const spans = {
  cues: [at('said'), at('welcomed')],
  sources: [at('the engineer'), at('Grandi')],
  contents: [at('“The bridge will hold,”'), at('the plan')],
};

describe('the tagger’s spans, sentence by sentence', () => {
  const out = tagSentences(text, spans, sentences);

  it('links content to the nearest cue and that cue to its nearest source', () => {
    expect(text.slice(out[0].linked!.source.start, out[0].linked!.source.end)).toBe('the engineer');
    expect(text.slice(out[2].linked!.source.start, out[2].linked!.source.end)).toBe('Grandi');
    expect(out[0].cue).toBe('said');
    expect(out[2].cue).toBe('welcomed');
  });

  it('gives a sentence with no spans nothing', () => {
    expect(out[1]).toEqual({ cue: null, hasSource: false, content: 0, linked: null });
  });

  it('measures how much of a sentence is reported content', () => {
    expect(out[0].content).toBeGreaterThan(0.4);
    expect(out[0].content).toBeLessThan(0.7);
    expect(out[0].hasSource).toBe(true);
  });

  it('leaves content with no cue within reach unlinked', () => {
    const far = tagSentences(text, { cues: [], sources: spans.sources, contents: spans.contents }, sentences);
    expect(far.every((s) => s.linked === null)).toBe(true);
  });
});
