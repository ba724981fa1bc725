import { describe, expect, it } from 'vitest';
import { filterClaims, groupBySource, NO_FILTER } from '@/components/popup/filter';
import { claimsIn, gist, summarise, type Claim } from '@/components/popup/sourcing';
import type { SentenceRecord } from '@/utils/analysis/types';
import { HARBOUR_SENTENCES } from './fixtures/harbour';

const claims = claimsIn(HARBOUR_SENTENCES);
const texts = (list: Claim[]) => list.map((c) => c.sentence.text);

describe('the sourcing summary', () => {
  it('counts claims, statuses, attributed claims, distinct named and anonymous sources, and the own-voice share', () => {
    const s = summarise(claims);
    expect(s.claims).toBe(9);
    expect(s.byStatus).toEqual({ confirmed: 1, reported: 3, alleged: 1, speculative: 1, disputed: 1, unattributed: 1, opinion: 1 });
    expect(s.attributed).toBe(6);
    // "She" resolved to Ada Brennan is the same source as Ada Brennan.
    expect(s.sources).toBe(5);
    expect(s.named).toBe(4);
    expect(s.anonymous).toBe(1);
    expect(s.anonymousClaims).toBe(1);
    expect(s.ownVoiceShare).toBeCloseTo(2 / 9);
  });

  it('sums to zero for an article with no claims', () => {
    const s = summarise([]);
    expect([s.claims, s.attributed, s.sources, s.ownVoiceShare]).toEqual([0, 0, 0, 0]);
    expect(gist(s)).toBeNull();
  });

  it('says in one line what an article rests on', () => {
    expect(gist(summarise(claims))).toBe('Rests mostly on named sources, with some anonymous ones.');
    const anonymous = (text: string): SentenceRecord => ({
      start: 0, end: text.length, text, status: 'reported', cues: ['said'],
      source: { text: 'Officials who asked not to be named', type: 'anonymous', chain: ['Officials who asked not to be named'], resolved: null },
    });
    expect(gist(summarise(claimsIn([anonymous('One.'), anonymous('Two.'), HARBOUR_SENTENCES[1]])))).toBe('Leans on anonymous sources.');
    expect(gist(summarise(claimsIn(HARBOUR_SENTENCES.slice(8, 10))))).toBe("Mostly asserted in the author's own voice.");
    expect(gist(summarise(claimsIn(HARBOUR_SENTENCES.slice(1, 3))))).toBe('Rests on named sources.');
  });
});

describe('filtering the claims', () => {
  it('keeps everything without a filter, in article order', () => {
    expect(filterClaims(claims, NO_FILTER)).toEqual(claims);
  });

  it('filters by any of several statuses', () => {
    const shown = filterClaims(claims, { ...NO_FILTER, statuses: ['disputed', 'alleged'] });
    expect(shown.map((c) => c.sentence.status)).toEqual(['alleged', 'disputed']);
  });

  it('filters by source type, or to the claims with no source', () => {
    expect(texts(filterClaims(claims, { ...NO_FILTER, sourceType: 'anonymous' }))).toEqual([HARBOUR_SENTENCES[4].text]);
    expect(filterClaims(claims, { ...NO_FILTER, sourceType: 'none' }).map((c) => c.sentence.status)).toEqual(['alleged', 'unattributed', 'opinion']);
  });

  it('searches sentence, source, resolved name and chain, every word, ignoring case and accents', () => {
    expect(texts(filterClaims(claims, { ...NO_FILTER, query: 'WIND' }))).toEqual([HARBOUR_SENTENCES[3].text]);
    // The resolved name finds the pronoun's sentence too.
    expect(filterClaims(claims, { ...NO_FILTER, query: 'brennan' }).map((c) => c.index)).toEqual([2, 3]);
    expect(filterClaims(claims, { ...NO_FILTER, query: 'varga bolts' }).map((c) => c.index)).toEqual([7]);
    expect(filterClaims(claims, { ...NO_FILTER, query: 'inès' }).map((c) => c.index)).toEqual([7]);
    expect(filterClaims(claims, { ...NO_FILTER, query: 'varga wind' })).toEqual([]);
  });

  it('combines filters', () => {
    const shown = filterClaims(claims, { statuses: ['reported'], sourceType: 'government', query: 'hurt' });
    expect(shown.map((c) => c.index)).toEqual([2]);
  });
});

describe('grouping by source', () => {
  it('puts the most quoted source first, then by first appearance, and the author last', () => {
    const groups = groupBySource(claims);
    expect(groups.map((g) => [g.name, g.claims.length])).toEqual([
      ['Ada Brennan', 2],
      ['The port authority', 1],
      ['People familiar with the inquiry', 1],
      ['Crane Co.', 1],
      ['engineers at the port', 1],
      [null, 3],
    ]);
    expect(groups[0].claims.map((c) => c.index)).toEqual([2, 3]);
  });
});
