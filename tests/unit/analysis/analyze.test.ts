import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../utils/analysis/index';
import { STATUSES, SOURCE_TYPES } from '../../../utils/analysis/types';

const ARTICLE = [
  'Harbor town braces for storm',
  'PORTVALE — Officials ordered boats out of the harbor on Sunday. “We are not taking chances,” said Mayor Ellen Price.',
  '',
  'The storm could reach the coast by Tuesday, forecasters said.',
].join('\n');

describe('analyze contract', () => {
  it('gives one record per sentence with exact offsets, skipping blank lines', () => {
    const recs = analyze(ARTICLE);
    expect(recs.map((r) => r.text)).toEqual([
      'Harbor town braces for storm',
      'PORTVALE — Officials ordered boats out of the harbor on Sunday.',
      '“We are not taking chances,” said Mayor Ellen Price.',
      'The storm could reach the coast by Tuesday, forecasters said.',
    ]);
    for (const r of recs) expect(ARTICLE.slice(r.start, r.end)).toBe(r.text);
  });

  it('is deterministic', () => {
    expect(analyze(ARTICLE)).toEqual(analyze(ARTICLE));
  });

  it('returns valid statuses, types, chains and literal cues for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('The mayor said', ' the plan', ' may fail.', ' “It works,”', ' he added.', ' Police', ' denied it.', '\n', ' Why?', ' according to records.', ' allegedly', ' U.S.'), { maxLength: 30 }),
        (parts) => {
          const text = parts.join('');
          for (const r of analyze(text)) {
            expect(text.slice(r.start, r.end)).toBe(r.text);
            expect(STATUSES).toContain(r.status);
            for (const c of r.cues) expect(r.text).toContain(c);
            if (r.source) {
              expect(SOURCE_TYPES).toContain(r.source.type);
              expect(r.source.chain[r.source.chain.length - 1]).toBe(r.source.text);
            }
            if (r.status === 'none' || r.status === 'opinion' || r.status === 'unattributed') expect(r.source).toBeNull();
          }
        },
      ),
    );
  });

  it('copes with empty, blank and huge inputs', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' \n\t \n')).toEqual([]);
    const huge = 'The council said the road, which runs north, would close. '.repeat(5000);
    expect(analyze(huge)).toHaveLength(5000);
    const oneSentence = 'and, '.repeat(20_000) + 'said.';
    expect(analyze(oneSentence)).toHaveLength(1);
    // The first call also loads the tagger's weights; the guard is generous for a loaded machine.
  }, 60_000);
});
