import { describe, expect, it } from 'vitest';
import { findLearnedCues, learnCues } from '@/utils/analysis/model/learned-cues';
import { tokenize } from '@/utils/analysis/tokens';
import type { Status } from '@/utils/analysis/types';

const s = (status: Status, ...cues: string[]) => ({ status, cues });
const opts = { maxWords: 3, minCount: 2, minShare: 0.8 };

describe('learnCues', () => {
  it('keeps a phrase that decided the same status often enough', () => {
    const cues = learnCues([s('alleged', 'Reportedly'), s('alleged', 'reportedly'), s('speculative', 'probably')], opts);
    expect(cues).toEqual({ reportedly: 'alleged' });
  });

  it('drops a phrase whose statuses disagree', () => {
    const cues = learnCues([s('reported', 'would'), s('speculative', 'would'), s('speculative', 'would')], opts);
    expect(cues).toEqual({});
  });

  it('counts a phrase once per sentence and skips phrases longer than the limit', () => {
    const cues = learnCues([s('opinion', 'a grave error', 'a grave error'), s('opinion', 'it is a grave error indeed')], { ...opts, minCount: 1 });
    expect(cues).toEqual({ 'a grave error': 'opinion' });
    expect(learnCues([s('opinion', 'a grave error', 'a grave error')], opts)).toEqual({});
  });

  it('spells a phrase as the tokenizer does, without the quotation marks and commas around it', () => {
    const cues = learnCues([s('disputed', '“fired back,”'), s('disputed', 'fired back')], opts);
    expect(cues).toEqual({ 'fired back': 'disputed' });
  });

  it('gives the same phrases in the same order whatever order the sentences come in', () => {
    const a = [s('alleged', 'claimed'), s('alleged', 'claimed'), s('confirmed', 'found'), s('confirmed', 'found')];
    expect(JSON.stringify(learnCues(a, opts))).toBe(JSON.stringify(learnCues([...a].reverse(), opts)));
  });
});

describe('findLearnedCues', () => {
  const cues = { 'according to': 'reported', probably: 'speculative' } as const;

  it('finds each phrase with where it lies and whether a quote holds it', () => {
    const text = 'The ferry will probably run late, according to the harbour office, which wrote "probably".';
    const found = findLearnedCues(tokenize(text), cues);
    expect(found.map((m) => [m.phrase, m.status, m.quoted, text.slice(m.start, m.end)])).toEqual([
      ['probably', 'speculative', false, 'probably'],
      ['according to', 'reported', false, 'according to'],
      ['probably', 'speculative', true, 'probably'],
    ]);
  });

  it('finds nothing in a sentence without them, nor in an inherited name like "constructor"', () => {
    expect(findLearnedCues(tokenize('The constructor of the bridge spoke at noon.'), cues)).toEqual([]);
  });
});
