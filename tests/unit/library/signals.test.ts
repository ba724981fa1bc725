import { describe, expect, it } from 'vitest';
import { features } from '../../../utils/library/features';
import {
  antonymConflict, numberConflict, overlap, polarityConflict, substitutionConflict, timeConflict,
} from '../../../utils/library/signals';

const f = features;
const flat = () => 1;

describe('overlap', () => {
  it('measures coverage both ways', () => {
    const o = overlap(f('Harbor officials closed the Wexley bridge to trucks.'), f('The Wexley bridge was closed.'), flat);
    expect(o.sentenceCoverage).toBe(1);
    expect(o.claimCoverage).toBeLessThan(1);
    expect(o.claimCoverage).toBeGreaterThan(0.4);
  });
  it('counts the speaker at reduced weight', () => {
    const claim = f('The Wexley bridge will close for repairs in April, the harbor authority said.');
    const sameSpeaker = overlap(claim, f('Ferry fares will rise next year, the harbor authority said.'), flat);
    const sameClaim = overlap(claim, f('The Wexley bridge will close for repairs in April.'), flat);
    expect(sameClaim.claimCoverage).toBeGreaterThan(sameSpeaker.claimCoverage * 2);
  });
  it('matches an acronym to the full name', () => {
    const o = overlap(f('The Federal Aviation Office grounded the jets.'), f('The FAO grounded the jets.'), flat);
    expect(o.sentenceCoverage).toBe(1);
  });
  it('matches abbreviated words by prefix', () => {
    const o = overlap(f('The senator skipped the budget negotiations.'), f('Senator skipped budget negotiation talks.'), flat);
    expect(o.shared).toBeGreaterThan(2);
  });
});

describe('numberConflict', () => {
  const claim = f('The company laid off 1,200 workers in its Ohio plants.');
  it('flags a different count of the same thing', () => {
    expect(numberConflict(claim, f('The company laid off 2,100 workers in its Ohio plants.'))).toBeTruthy();
  });
  it('accepts the same number written differently', () => {
    expect(numberConflict(f('Turnout reached 62 percent.'), f('Turnout hit sixty-two per cent.'))).toBeNull();
  });
  it('ignores extra numbers about other things', () => {
    expect(numberConflict(claim, f('The company, which employs 9,000 people, laid off 1,200 workers.'))).toBeNull();
  });
  it('flags a different money amount and tally', () => {
    expect(numberConflict(f('The board approved a $40 million budget.'), f('The board approved a $14 million budget.'))).toBeTruthy();
    expect(numberConflict(f('The bill passed 6-3.'), f('The bill passed 5-4.'))).toBeTruthy();
  });
  it('does not compare durations in different units', () => {
    expect(numberConflict(f('The road closed two days early.'), f('The road closed 48 hours early.'))).toBeNull();
  });
});

describe('timeConflict', () => {
  it('flags a different weekday or month', () => {
    expect(timeConflict(f('The vote was held on Monday.'), f('The vote was held on Thursday.'))).toBe('weekday');
    expect(timeConflict(f('The plant opens in August.'), f('The plant opens in October.'))).toBe('month');
  });
  it('flags a different deadline', () => {
    expect(timeConflict(f('It will finish by the end of the year.'), f('It will finish by the end of May.'))).toBe('deadline');
  });
  it('accepts a dropped or shared time', () => {
    expect(timeConflict(f('The vote was held on Monday.'), f('The vote was held.'))).toBeNull();
    expect(timeConflict(f('The plant opens in August.'), f('On Friday, officials said the plant opens in August.'))).toBeNull();
  });
});

describe('polarityConflict', () => {
  it('flags a negated predicate', () => {
    expect(polarityConflict(f('The ferry service resumed on Monday.'), f('The ferry service has not resumed.'))).toBeTruthy();
    expect(polarityConflict(f('The coach was fired.'), f('The coach was never fired.'))).toBeTruthy();
  });
  it('flags "no evidence that" and "no plans to"', () => {
    expect(polarityConflict(f('Auditors found that invoices were altered.'), f('Auditors found no evidence that invoices were altered.'))).toBeTruthy();
    expect(polarityConflict(f('The mill will cut shifts.'), f('The mill has no plans to cut shifts.'))).toBeTruthy();
  });
  it('flags a denial of an asserted claim and a retraction', () => {
    expect(polarityConflict(f('The agency confirmed the leak came from its servers.'), f('The agency denied that the leak came from its servers.'))).toBeTruthy();
    expect(polarityConflict(f('Regulators fined the bank for fraud.'), f('Regulators dropped the fraud case against the bank.'))).toBeTruthy();
  });
  it('flags "did not deny" against a denial', () => {
    expect(polarityConflict(f('The minister denied the report.'), f('The minister did not deny the report.'))).toBeTruthy();
  });
  it('flags likely vs unlikely', () => {
    expect(polarityConflict(f('The court is unlikely to rule this week.'), f('The court is likely to rule this week.'))).toBeTruthy();
  });
  it('accepts a denial restated with "not" on the denied words', () => {
    expect(polarityConflict(f('The utility rejected claims that the outage caused the flooding.'), f('"The outage is not what caused the flooding," the utility said.'))).toBeNull();
  });
  it('accepts the same negation worded on another word', () => {
    expect(polarityConflict(f('The judge is unlikely to hear the appeal before May.'), f('The appeal is unlikely to be heard before May.'))).toBeNull();
  });
  it('ignores a negation in a part the other text does not restate', () => {
    expect(polarityConflict(f('The clinic denied the charges, saying it never billed patients twice.'), f('The clinic denied the charges.'))).toBeNull();
  });
});

describe('antonymConflict', () => {
  it('flags opposite words', () => {
    expect(antonymConflict(f('The board voted to approve the merger.'), f('The board voted to reject the merger.'))).toBe('antonym');
    expect(antonymConflict(f('Okafor won the runoff.'), f('Okafor lost the runoff.'))).toBe('antonym');
    expect(antonymConflict(f('Levels were above the limit.'), f('Levels were below the limit.'))).toBe('antonym');
  });
  it('accepts same-side wording', () => {
    expect(antonymConflict(f('Shares fell 8 percent.'), f('Shares tumbled 8 percent.'))).toBeNull();
  });
});

describe('substitutionConflict', () => {
  const claim = f('Inspectors found mold in the kitchen of the Lakeview Grill on Main Street.');
  it('flags a swapped name in a near copy', () => {
    expect(substitutionConflict(claim, f('Inspectors found mold in the kitchen of the Harbor Grill on Main Street.'))).toBeTruthy();
  });
  it('flags a swapped common word in a near copy', () => {
    expect(substitutionConflict(claim, f('Inspectors found rats in the kitchen of the Lakeview Grill on Main Street.'))).toBeTruthy();
  });
  it('leaves free paraphrases to the other signals', () => {
    expect(substitutionConflict(claim, f('Mold was discovered by inspectors in the Lakeview Grill kitchen.'))).toBeNull();
  });
  it('accepts pure additions', () => {
    expect(substitutionConflict(claim, f('Inspectors found mold in the kitchen of the Lakeview Grill on Main Street last week.'))).toBeNull();
  });
});

describe('numberConflict: bounds and exchanged figures', () => {
  it('flags "fewer than N" against N', () => {
    expect(numberConflict(f('The shelter housed 300 families.'), f('The shelter housed fewer than 300 families.'))).toBeTruthy();
    expect(numberConflict(f('The shelter housed 300 families.'), f('The shelter housed about 300 families.'))).toBeNull();
  });
  it('flags two sentences that each state their own quantities', () => {
    expect(numberConflict(f('The port handled 2 million containers, its director said.'), f('The port will hire 400 dockworkers, its director said.'))).toBeTruthy();
  });
  it('accepts a restatement that drops the figures', () => {
    expect(numberConflict(f('The port handled 2 million containers.'), f('The port handled a record number of containers.'))).toBeNull();
  });
});

describe('polarityConflict: exonerations and cuts', () => {
  it('flags "cleared of" and "acquitted of" against the charge', () => {
    expect(polarityConflict(f('Inspectors found the dairy sold spoiled milk.'), f('Inspectors cleared the dairy of selling spoiled milk.'))).toBeTruthy();
  });
  it('does not read "cleared the road" as an exoneration', () => {
    expect(polarityConflict(f('Crews cleared the road after the storm.'), f('After the storm, crews cleared the road.'))).toBeNull();
  });
  it('flags cut vs increased', () => {
    expect(antonymConflict(f('The clinic cut its opening hours.'), f('The clinic increased its opening hours.'))).toBe('antonym');
  });
});
