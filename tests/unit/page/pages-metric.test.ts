import { describe, expect, it } from 'vitest';
import { coverage } from '../../../scripts/pages/coverage';
import { aggregate, shingleScore, tokens } from '../../../scripts/pages/metric';

describe('the benchmark measure used by npm run pages', () => {
  it('tokenises on Unicode word runs', () => {
    expect(tokens('Café au lait — 3,5 €; naïve_test')).toEqual(['Café', 'au', 'lait', '3', '5', 'naïve_test']);
  });

  it('scores identical text 1 and disjoint text 0', () => {
    const t = 'one two three four five six seven';
    expect(aggregate([shingleScore(t, t)]).f1).toBe(1);
    expect(aggregate([shingleScore(t, 'alpha beta gamma delta epsilon')]).f1).toBe(0);
  });

  it('counts repeated shingles and normalises each page to sum to 1', () => {
    const s = shingleScore('a b c d a b c d', 'a b c d');
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
    expect(s.fp).toBe(0);
    expect(s.fn).toBeGreaterThan(0);
  });

  it('counts a gold claim covered only when a highlight holds nearly all its words', () => {
    const gold = [
      { start: 0, end: 10, text: 'The mayor said the bridge would open in spring next year.', status: 'reported' },
      { start: 11, end: 20, text: 'Residents gathered outside the hall on a cold evening.', status: 'none' },
      { start: 21, end: 30, text: 'Police alleged that the contractor had falsified reports.', status: 'alleged' },
    ];
    const r = coverage(gold, ['The mayor said the bridge would open in spring next year.', 'Police alleged that']);
    expect(r).toMatchObject({ claims: 2, covered: 1 });
    expect(r.missed.map((s) => s.status)).toEqual(['alleged']);
  });
});
