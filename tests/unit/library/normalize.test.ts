import { describe, expect, it } from 'vitest';
import { acronyms, canonical, contentTerms, tokenize } from '../../../utils/library/normalize';
import { stem } from '../../../utils/library/stem';
import { numberFacts, timeFacts } from '../../../utils/library/facts';

const terms = (s: string) => contentTerms(tokenize(s));

describe('stems', () => {
  it('folds inflections and irregular verbs', () => {
    expect(stem('charged')).toBe(stem('charges'));
    expect(stem('hacking')).toBe(stem('hackers'.replace(/ers$/, 'ing')));
    expect(stem('drank')).toBe(stem('drink'));
    expect(stem('broke')).toBe(stem('break'));
  });
  it('folds synonyms, countries and demonyms', () => {
    expect(canonical('kids')).toBe(canonical('children'));
    expect(canonical('attorney')).toBe(canonical('lawyer'));
    expect(canonical('french', 'French')).toBe(canonical('france'));
    expect(canonical('lithuanian', 'Lithuanian')).toBe('lithuania');
  });
});

describe('tokens', () => {
  it('drops function and reporting words from content terms', () => {
    const t = terms('The mayor said that the bridge would reopen.');
    expect(t).toContain(stem('bridge'));
    expect(t).not.toContain('said');
    expect(t).not.toContain('the');
  });
  it('keeps negation from contractions as its own token', () => {
    expect(tokenize("The council didn't approve it").map((t) => t.low)).toContain('not');
    expect(tokenize("We can't afford it").map((t) => t.low)).toContain('not');
  });
  it('treats possessives like the bare name', () => {
    expect(terms("Okafor's plan")).toEqual(terms('Okafor plan'));
  });
  it('marks capitalised words inside a sentence as names, not the first word', () => {
    const toks = tokenize('Officials in Granby said Mayor Lund resigned.');
    expect(toks.find((t) => t.low === 'officials')?.cap).toBe(false);
    expect(toks.find((t) => t.low === 'granby')?.cap).toBe(true);
  });
  it('numbers clause boundaries', () => {
    const toks = tokenize('Prices rose, the agency said.');
    expect(toks.find((t) => t.low === 'agency')!.clause).toBeGreaterThan(toks[0].clause);
  });
});

describe('numbers', () => {
  const vals = (s: string) => numberFacts(tokenize(s)).map((n) => [n.value, n.type]);
  it('reads digits, words, magnitudes and percentages alike', () => {
    expect(vals('about 2,500 tenants')).toEqual([[2500, 'count']]);
    expect(vals('sixty-two tenants')).toEqual([[62, 'count']]);
    expect(vals('a $4.5 billion deal')).toEqual([[4.5e9, 'money']]);
    expect(vals('a $300M deal')).toEqual([[3e8, 'money']]);
    expect(vals('up 12% this year')).toEqual([[12, 'percent']]);
    expect(vals('up 12 per cent')).toEqual([[12, 'percent']]);
  });
  it('types dates, years, tallies, durations and labels', () => {
    expect(vals('on March 3')).toEqual([[3, 'day']]);
    expect(vals('by 2031')).toEqual([[2031, 'year']]);
    expect(vals('voted 5-2')).toEqual([[5002, 'tally']]);
    expect(vals('by a vote of five to two')).toEqual([[5002, 'tally']]);
    expect(vals('for 36 hours')).toEqual([[36, 'duration']]);
    expect(vals('Traffic on Route 9 stopped')).toEqual([[9, 'label']]);
  });
  it('folds unit spellings', () => {
    expect(vals('winds of 70 miles per hour')).toEqual(vals('winds of 70 mph'));
  });
});

describe('time anchors', () => {
  it('finds weekdays, months, seasons and deadlines', () => {
    const f = timeFacts(tokenize('On Friday the firm said it would finish by the end of June, not next spring.'));
    expect([...f.weekdays]).toEqual([5]);
    expect([...f.months]).toEqual([6]);
    expect([...f.seasons]).toEqual(['spring']);
    expect([...f.ends]).toEqual(['m6']);
  });
  it('does not read "may" the modal as May the month', () => {
    expect(timeFacts(tokenize('Prices may rise.')).months.size).toBe(0);
  });
  it('reads year-end as the end of the year', () => {
    expect([...timeFacts(tokenize('by year-end')).ends]).toEqual(['year']);
  });
});

describe('acronyms', () => {
  it('builds initials of multi-word names', () => {
    expect(acronyms(tokenize('the Federal Aviation Office said'))).toContain('fao');
    expect(acronyms(tokenize('the Bank of Eastland'))).toContain('be');
  });
});
