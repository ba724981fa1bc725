import { describe, expect, it } from 'vitest';
import { buildIndex, ClaimIndex } from '../../../utils/library/claim-index';

const claims = [
  { id: 'a', text: 'The Wexley bridge will close for repairs in April, the harbor authority said.' },
  { id: 'b', text: 'Ferry fares will rise 10 percent next year, the harbor authority said.' },
  { id: 'c', text: 'A storm knocked out power to 3,000 homes in Dunfield.' },
];

describe('ClaimIndex', () => {
  it('indexes and counts claims', () => {
    const index = buildIndex(claims);
    expect(index.size).toBe(3);
    expect(index.get('b')?.text).toContain('Ferry');
    expect(index.claims().map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
  it('finds candidates by shared rare terms, best first', () => {
    const index = buildIndex(claims);
    const got = index.candidates(['wexlei', 'bridg', 'repair'].concat(['harbor']));
    expect(got[0].claim.id).toBe('a');
    expect(index.candidates(['unknownterm'])).toEqual([]);
  });
  it('weights rare terms above common ones', () => {
    const index = buildIndex(claims);
    expect(index.weight('wexlei')).toBeGreaterThan(index.weight('harbor'));
    expect(index.weight('never-seen')).toBeGreaterThan(index.weight('wexlei'));
  });
  it('removes claims and forgets their terms', () => {
    const index = buildIndex(claims);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    expect(index.size).toBe(2);
    expect(index.candidates(['wexlei', 'bridg'])).toEqual([]);
  });
  it('replaces a claim added again under the same id', () => {
    const index = new ClaimIndex();
    index.add({ id: 'x', text: 'The mill closed.' });
    index.add({ id: 'x', text: 'The quarry reopened.' });
    expect(index.size).toBe(1);
    expect(index.candidates(['quarri', 'reopen'])[0]?.claim.text).toBe('The quarry reopened.');
    expect(index.candidates(['mill'])).toEqual([]);
  });
  it('stays correct after many removals (compaction)', () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 3000; i++) index.add({ id: String(i), text: `Tenant group ${i} sued landlord number ${i}.` });
    for (let i = 0; i < 2500; i++) index.remove(String(i));
    expect(index.size).toBe(500);
    expect(index.candidates(['#2999'])[0]?.claim.id).toBe('2999');
  });
});

describe('buildIndexAsync', () => {
  it('builds the same index in chunks', async () => {
    const { buildIndexAsync } = await import('../../../utils/library/claim-index');
    const index = await buildIndexAsync(claims, 2);
    expect(index.size).toBe(3);
    expect(index.candidates(['wexlei', 'bridg'])[0]?.claim.id).toBe('a');
  });
});
