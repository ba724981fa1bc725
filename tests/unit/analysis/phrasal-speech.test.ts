import { describe, expect, it } from 'vitest';
import { one } from './helpers';

describe('speech acts said in a few words', () => {
  it('reads pressing for, withholding support, ticking off a list and holding forth', () => {
    expect(one('Parents had pressed for the board to reopen the library.').source?.text).toBe('Parents');
    expect(one('In the same debate, she also withheld her support from the two incumbents.').source?.text).toBe('she');
    expect(one('The coach ticked off a long list of injuries.').source?.text).toBe('The coach');
    expect(one('The senator held forth on farm subsidies for an hour.').source?.text).toBe('The senator');
    expect(one('The bishop threw his support behind the housing plan.').source?.text).toBe('The bishop');
  });

  it('leaves the same verbs alone without the words that make them saying', () => {
    expect(one('The clerk pressed the button twice.').source).toBeNull();
    expect(one('The nurse ticked off the boxes on the chart.').source).toBeNull();
    expect(one('The bank withheld payment for a week.').source).toBeNull();
  });
});
