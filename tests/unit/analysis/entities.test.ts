import { describe, expect, it } from 'vitest';
import { EntityMemory } from '../../../utils/analysis/entities';
import { tokenize } from '../../../utils/analysis/tokens';

/** An entity memory that has read `sentences` in order. */
function read(...sentences: string[]): EntityMemory {
  const m = new EntityMemory();
  for (const s of sentences) m.observe(s, tokenize(s));
  return m;
}

describe('entity memory', () => {
  it('a name before "and" is another person, not part of the next one’s title', () => {
    const m = read('Mrs. Quill and former President Dan Okafor toured the plant on Monday.');
    expect(m.byName('Okafor')?.type).toBe('politician');
  });

  it('a clause word opening the sentence is not part of a title', () => {
    const m = read('When Ruritanian President Ivo Dask first spoke, he was cautious.');
    expect(m.byName('Ivo Dask')?.type).toBe('politician');
  });

  it('an honorific before a surname names the person met earlier', () => {
    const m = read('Frank Dorsey, a pollster at Hale Research, studied the vote.');
    expect(m.byName('Mr. Dorsey')?.name).toBe('Frank Dorsey');
    expect(m.byName('Dorsey')?.name).toBe('Frank Dorsey');
  });

  it('a lower-case particle belongs to the name it stands in', () => {
    const m = read('On Monday, Mayor Ana de Souza closed the pier.');
    expect(m.byName('de Souza')?.name).toBe('Ana de Souza');
    expect(m.byName('de Souza')?.type).toBe('politician');
  });

  it('knows the staff of a politician it has met', () => {
    const m = read('Sen. Mara Quill toured the plant in Dayton on Monday.');
    expect(m.staffOf('a spokesman for Ms. Quill')).toBe('politician');
    expect(m.staffOf('Quill’s senior communications adviser')).toBe('politician');
    expect(m.staffOf('an aide to Gov. Ray Dunn')).toBe('politician');
    expect(m.staffOf('a spokesman for Holloway Mills')).toBeNull();
  });

  it('knows the staff of a well-known politician the article names only in passing', () => {
    // Lindsey Graham is in data/known-names.json; the article never names him as a person.
    const m = read('The Lindsey Graham campaign bought airtime in Iowa.');
    expect(m.staffOf('Graham aide')).toBe('politician');
    expect(m.staffOf('Farrant aide')).toBeNull();
  });
});
