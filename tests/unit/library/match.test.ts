import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../utils/library/claim-index';
import { findMatch, matchSentences } from '../../../utils/library/match';

/** A fictional reference article's claims, written for these tests. */
const claims = [
  { id: 'k1', text: 'The Orla Valley school board voted 5-2 on Monday to close Birchwood Elementary at the end of June, board chair Nina Okafor said.' },
  { id: 'k2', text: 'Parents at Birchwood Elementary accused the board of hiding a consultant report that recommended keeping the school open.' },
  { id: 'k3', text: 'Superintendent Carl Hewitt confirmed that the district faces a $4.2 million budget gap next year.' },
  { id: 'k4', text: 'The district denied that the closure was planned before the public hearings began.' },
  { id: 'k5', text: 'About 310 Birchwood students will move to Ridgeline Elementary in the fall, the district said.' },
  { id: 'k6', text: 'Firefighters rescued two hikers stranded on Mount Caldor after a rockslide on Saturday.' },
];
const index = buildIndex(claims);
const id = (s: string) => findMatch(index, s)?.claim.id ?? null;

describe('findMatch: same claim', () => {
  it('matches a headline paraphrase', () => {
    expect(id('Orla Valley board votes 5-2 to close Birchwood Elementary in June')).toBe('k1');
  });
  it('matches a partial restatement with less detail', () => {
    expect(id('The school board voted to close Birchwood Elementary, Okafor said.')).toBe('k1');
    expect(id('The district is facing a $4.2 million budget gap, Hewitt said.')).toBe('k3');
  });
  it('matches a restatement with more detail', () => {
    expect(id('About 310 Birchwood students, most of them from the east side, will move to Ridgeline Elementary in the fall, district officials said.')).toBe('k5');
  });
  it('matches a passive rewording', () => {
    expect(id('Two stranded hikers were rescued from Mount Caldor by firefighters after Saturday\'s rockslide.')).toBe('k6');
  });
  it('matches a denial restated as a denial', () => {
    expect(id('District officials rejected suggestions that the closure had been planned before the hearings began.')).toBe('k4');
  });
});

describe('findMatch: not the same claim', () => {
  it('rejects a negated version', () => {
    expect(id('The Orla Valley school board voted on Monday not to close Birchwood Elementary, board chair Nina Okafor said.')).toBeNull();
    expect(id('Superintendent Carl Hewitt said the district does not face a budget gap next year.')).toBeNull();
  });
  it('rejects a different number', () => {
    expect(id('The Orla Valley school board voted 4-3 on Monday to close Birchwood Elementary at the end of June, board chair Nina Okafor said.')).toBeNull();
    expect(id('Superintendent Carl Hewitt confirmed that the district faces a $2.4 million budget gap next year.')).toBeNull();
  });
  it('rejects a different date', () => {
    expect(id('The Orla Valley school board voted 5-2 on Thursday to close Birchwood Elementary at the end of June, board chair Nina Okafor said.')).toBeNull();
  });
  it('rejects a different place or actor', () => {
    expect(id('About 310 Birchwood students will move to Lakeshore Elementary in the fall, the district said.')).toBeNull();
    expect(id('Firefighters rescued two hikers stranded on Mount Elbury after a rockslide on Saturday.')).toBeNull();
  });
  it('rejects another claim from the same story', () => {
    expect(id('Birchwood Elementary parents plan to sue the Orla Valley school board, Nina Okafor said.')).toBeNull();
    expect(id('Superintendent Carl Hewitt said Birchwood Elementary needs a new roof.')).toBeNull();
  });
  it('rejects another story', () => {
    expect(id('The city council approved a new parking garage downtown on Monday.')).toBeNull();
  });
});

describe('matchSentences', () => {
  it('returns one entry per sentence with scores', () => {
    const out = matchSentences(index, ['Hewitt confirmed the $4.2 million budget gap.', 'Nothing to see here.']);
    expect(out).toHaveLength(2);
    expect(out[0].match?.claim.id).toBe('k3');
    expect(out[0].match!.score).toBeGreaterThan(0.5);
    expect(out[1].match).toBeNull();
  });
  it('works on an empty library', () => {
    expect(findMatch(buildIndex([]), 'Anything at all.')).toBeNull();
  });
});

describe('options', () => {
  it('skips claims the caller excludes (the page being read)', () => {
    const s = 'Superintendent Carl Hewitt confirmed that the district faces a $4.2 million budget gap next year.';
    expect(findMatch(index, s)?.claim.id).toBe('k3');
    expect(findMatch(index, s, { skip: (c) => c.id === 'k3' })).toBeNull();
  });
});
