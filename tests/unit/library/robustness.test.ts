import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/library/claim-index';
import { features } from '../../../utils/library/features';
import { findMatch } from '../../../utils/library/match';

const index = buildIndex([
  { id: 'a', text: 'The port of Vell handled 2.1 million containers in 2025, up 8% from 2024.' },
  { id: 'b', text: "Mayor Ines Farrow didn't sign the budget, her office said on Friday." },
]);

describe('robustness', () => {
  it('handles empty, punctuation-only and odd input', () => {
    for (const s of ['', '   ', '...', '"', '—', '$', '%', '100', 'Ünïcödé – “quoted” ‘text’', 'a'.repeat(5000)]) {
      expect(() => features(s)).not.toThrow();
      expect(findMatch(index, s)).toBeNull();
    }
  });
  it('never throws and scores within [0, 1] on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const m = findMatch(index, s);
      return m === null || (m.score >= 0 && m.score <= 1);
    }), { numRuns: 300 });
  });
  it('matches every claim to itself', () => {
    for (const c of index.claims()) expect(findMatch(index, c.text)?.claim.id).toBe(c.id);
  });
});
