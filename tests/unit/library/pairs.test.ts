/**
 * End-to-end check of the matcher on pairs written for this project
 * (fixtures/matching-pairs.json: three fictional stories, every kind of near
 * miss). A guard against regressions, with a margin below the product bar.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/library/claim-index';
import { findMatch } from '../../../utils/library/match';

interface Pairs {
  claims: { id: string; text: string }[];
  sentences: { id: string; text: string; match: string | null; kind: string }[];
}
const pairs = JSON.parse(readFileSync(new URL('./fixtures/matching-pairs.json', import.meta.url), 'utf8')) as Pairs;
const index = buildIndex(pairs.claims);
const results = pairs.sentences.map((s) => ({ ...s, got: findMatch(index, s.text)?.claim.id ?? null }));

describe('matching on hand-written pairs', () => {
  it('keeps precision and recall above the bar', () => {
    const predicted = results.filter((r) => r.got);
    const correct = predicted.filter((r) => r.got === r.match);
    const gold = results.filter((r) => r.match);
    expect(correct.length / predicted.length).toBeGreaterThanOrEqual(0.9);
    expect(correct.length / gold.length).toBeGreaterThanOrEqual(0.85);
  });
  it.each(['negation', 'different-fact', 'unrelated'])('never matches a %s sentence', (kind) => {
    expect(results.filter((r) => r.kind === kind && r.got)).toEqual([]);
  });
});
