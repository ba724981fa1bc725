import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/analysis/data/cue-lexicon.json';

const CLASSES = ['neutral', 'accusation', 'rebuttal', 'factive', 'hedge', 'promise'];
type Entry = { cue: number; total: number; p: number; class: string; unclassified?: boolean };
const words = lexicon.words as Record<string, Entry>;

describe('cue lexicon', () => {
  it('records where it was learned from, held-out articles excluded', () => {
    expect(lexicon.provenance.fileSetSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(lexicon.provenance.source).toMatch(/PolNeAR .*[0-9a-f]{40}/);
    expect(lexicon.provenance.excluded).toMatch(/gold\/polnear-train/);
    expect(lexicon.provenance.articles).toBeGreaterThan(500);
  });

  it('holds consistent counts and known classes for every word', () => {
    const entries = Object.entries(words);
    expect(entries.length).toBeGreaterThan(200);
    for (const [w, e] of entries) {
      expect(w).toBe(w.toLowerCase());
      expect(e.cue).toBeGreaterThanOrEqual(lexicon.provenance.minCueCount);
      expect(e.cue).toBeLessThanOrEqual(e.total);
      expect(Math.abs(e.p - e.cue / e.total)).toBeLessThan(1e-3);
      expect(CLASSES).toContain(e.class);
      if (e.unclassified) expect(e.class).toBe('neutral');
    }
    const counted = Object.values(lexicon.provenance.wordClassCounts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(entries.length);
  });

  it('sorts the common cues into LABELS.md classes', () => {
    expect(words.say).toMatchObject({ class: 'neutral' });
    expect(words.say.p).toBeGreaterThan(0.5);
    expect(words.accuse.class).toBe('accusation');
    expect(words.deny.class).toBe('rebuttal');
    expect(words.confirm.class).toBe('factive');
    expect(words.believe.class).toBe('hedge');
    expect(words.promise.class).toBe('promise');
    // A word that is everywhere is rarely a cue.
    expect(words.be.p).toBeLessThan(0.2);
  });

  it('keeps phrases as lemma sequences, not sentences', () => {
    const phrases = Object.keys(lexicon.phrases);
    expect(phrases).toContain('accord to');
    for (const p of phrases) expect(p.split(' ').length).toBeLessThanOrEqual(6);
  });
});

describe('British spellings of the mined verbs', () => {
  it('reads -ise as the mined -ize', async () => {
    const { cueClassOf } = await import('../../../utils/analysis/lexicon/reporting');
    expect(cueClassOf('characterised')).toBe(cueClassOf('characterized'));
    expect(cueClassOf('characterising')).toBeDefined();
  });
});

describe('rebukes and exhortations', () => {
  it('are verbs of saying', async () => {
    const { cueClassOf } = await import('../../../utils/analysis/lexicon/reporting');
    for (const w of ['excoriated', 'lambasted', 'lambastes', 'implored', 'chastised', 'lectured']) expect(cueClassOf(w)).toBe('reported');
  });
});
