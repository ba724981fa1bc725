import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis/index';

describe('a sentence that goes on with the previous speaker', () => {
  it('carries the speaker into "Adding, “…”" and the rest of its quotation', () => {
    const text = 'Later in the show, the host said the budget was a mess. Adding, “Like every budget, it is never as bad as it looks. It is always how they sell it.”';
    const r = analyze(text);
    expect(r.map((x) => x.source?.text ?? null)).toEqual(['the host', 'the host', 'the host']);
    expect(r[1].carried).toBe(true);
  });

  it('needs a speaker in the sentence before', () => {
    const r = analyze('The budget was a mess. Adding, “It is never as bad as it looks.”');
    expect(r[1].source).toBeNull();
  });
});
