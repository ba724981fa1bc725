import { describe, expect, it } from 'vitest';
import { typeFeatures } from '../../../../utils/analysis/model/type-features';
import { ArticleRoles } from '../../../../utils/analysis/model/entity-roles';
import { analyze } from '../../../../utils/analysis/index';

const article = (role: string) =>
  [`Dara Quint, ${role}, toured the flooded valley on Monday.`, 'The river crested at 9 meters overnight.', 'Roads were closed across the county.', 'Quint said the state would pay for the repairs.'].join(' ');

describe('the source-type model reads who the article says a name is', () => {
  it('turns the role words around every mention into the kind of source they name', () => {
    const text = article('a Democratic state senator');
    const f = typeFeatures({ text: 'Quint', type: 'person', chain: ['Quint'], resolved: 'Dara Quint' }, new ArticleRoles(text));
    expect(f).toContain('role:a:senator');
    expect(f).toContain('rolekind:a:politician');
  });

  it('a bare surname said later is typed by the role given at its first mention', () => {
    const said = (text: string) => analyze(text).find((r) => r.text.startsWith('Quint said'))!.source?.type;
    expect(said(article('a Democratic state senator'))).toBe('politician');
    expect(said(article('a retired nurse'))).toBe('person');
  });

  it('a described speaker ("A lawyer for Quint") does not take the roles of the name it is for', () => {
    const text = article('a Democratic state senator');
    const f = typeFeatures({ text: 'A lawyer for Quint', type: 'person', chain: ['A lawyer for Quint'], resolved: null }, new ArticleRoles(text));
    expect(f.some((x) => x.startsWith('role:') || x.startsWith('rolekind:'))).toBe(false);
    expect(f).toContain('sw:lawyer');
  });

  it('reads the whole title before a mention as the rules read a source phrase', () => {
    const text = 'Harbor Watch President Dara Quint toured the flooded valley on Monday. Quint said the state would pay for the repairs.';
    const f = typeFeatures({ text: 'Quint', type: 'person', chain: ['Quint'], resolved: 'Dara Quint' }, new ArticleRoles(text));
    expect(f).toContain('role:t:organization');
  });

  it('leaves out honorifics, which say how a paper writes names, not who speaks', () => {
    const text = 'Senator Dara Quint toured the valley. Ms. Quint said the state would pay for the repairs.';
    const f = typeFeatures({ text: 'Ms. Quint', type: 'person', chain: ['Ms. Quint'], resolved: null }, new ArticleRoles(text));
    expect(f).not.toContain('sw:ms.');
    expect(f).not.toContain('role:b:ms.');
    expect(f).toContain('role:t:politician');
  });

  it('does not read a kind into role words that are also other words ("who", "us")', () => {
    const text = 'Dara Quint, who runs a bakery, said the state would pay for the repairs.';
    const f = typeFeatures({ text: 'Dara Quint', type: 'person', chain: ['Dara Quint'], resolved: null }, new ArticleRoles(text));
    expect(f).not.toContain('rolekind:a:government');
  });
});
