import { describe, expect, it } from 'vitest';
import { one } from './helpers';

describe('presenting something as something', () => {
  it('attributes a characterisation to whoever presents it', () => {
    const r = one('The treasurer presented the new levy as the only way to keep the pool open.');
    expect([r.status, r.source?.text]).toEqual(['reported', 'The treasurer']);
    expect(one('The bureau lists the county’s population as 48,200.').source?.text).toBe('The bureau');
    expect(one('The host introduced the chef to the audience as “the best cook in town.”').source?.text).toBe('The host');
  });

  it('reads the same verbs without "as" as no saying', () => {
    expect(one('The treasurer presented the award to three volunteers.').source).toBeNull();
    expect(one('The company listed its shares on the exchange in May.').source).toBeNull();
    expect(one('The mayor presented the check as part of the festival.').source).toBeNull();
    expect(one('The team introduced the new uniforms as planned.').source).toBeNull();
  });

  it('takes the subject of its own clause after ", but he"', () => {
    expect(one('The job was steady, but she had to find a way to present the old mayor as a hero.').source?.text).toBe('she');
  });

  it('leaves a reflexive object and an attitude alone', () => {
    expect(one('The candidate presented herself as a newcomer.').source).toBeNull();
    expect(one('The farmers saw the drought as a test of the new dams.').source).toBeNull();
    expect(one('The director cast her as the villain.').source).toBeNull();
    // An adverb where the object would be: the subject describes itself.
    expect(one('In the last count, 61% of the valley’s residents identified ethnically as Basque.').source).toBeNull();
  });
});
