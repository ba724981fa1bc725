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

describe('telling someone to do something', () => {
  it('reads a challenge or a dare with an object and an infinitive as saying', () => {
    expect(one('The Roe campaign challenged the mayor to debate him in May.').source?.text).toBe('The Roe campaign');
    expect(one('The admiral mocked the rebels and dared them to try it again.').source?.text).toBe('The admiral');
  });

  it('leaves a reflexive challenge and one without an infinitive alone', () => {
    expect(one('The coach challenged himself to run a marathon.').source).toBeNull();
    expect(one('The climbers challenged the north face in winter.').source).toBeNull();
  });
});

describe('censure from someone', () => {
  it('takes who follows "criticism from" or "under fire from" as the source', () => {
    expect(one('The utility was subject to criticism from two county commissioners.').source?.text).toBe('two county commissioners');
    expect(one('The chief has come under fire from the mayor over the overtime bill.').source?.text).toBe('the mayor');
  });

  it('needs "from" and a speaker after it', () => {
    expect(one('The convoy came under fire near the border.').source).toBeNull();
    expect(one('The plan drew criticism at the hearing.').source).toBeNull();
    // Where the censure came from is not who voiced it.
    expect(one('Lately the museum has drawn criticism from the other direction.').source).toBeNull();
    expect(one('The bridge plan faced condemnation from the outset.').source).toBeNull();
  });
});

describe('names set off by dashes before the verb', () => {
  it('takes the names as the speakers', () => {
    expect(one('The only two suppliers with such contracts - Acme and Bolt - also sharply criticised the tender.').source?.text).toBe('Acme and Bolt');
  });

  it('still skips a dashed clause to the subject before it', () => {
    expect(one('The Authority - which considers the plan unlawful - called for a review.').source?.text).toBe('The Authority');
  });
});

describe('a post whose words come a few words on', () => {
  it('reads "posted … “words”" as saying', () => {
    expect(one('Ada Roe, the firm’s chief, posted just two words on her feed - “So sad” - with a photo.').source?.text).toBe('Ada Roe');
  });

  it('leaves posted figures alone, a quoted word in them or not', () => {
    expect(one('The team posted record profits last year, up from “modest” gains.').source).toBeNull();
  });
});
