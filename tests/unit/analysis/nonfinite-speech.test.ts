import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const said = (s: string): [string, string | undefined] => {
  const r = one(s);
  return [r.status, r.source?.text];
};

describe('speech acts in non-finite clauses', () => {
  it('reads the subject of an absolute "with" clause', () => {
    expect(said('The council split over the budget, with Mayor Ada Roe calling the cuts “reckless.”')).toEqual(['reported', 'Mayor Ada Roe']);
    expect(said('The hearing ended with the chairman asking the witness whether the files still existed.')).toEqual(['reported', 'the chairman']);
    expect(one('The two are level in the race, with polls showing her lead has gone.').source?.text).toBe('polls');
    // An adverb before the participle stays out of the span.
    expect(one('The rivals traded barbs, with Roe repeatedly warning that the dam was unsafe.').source?.text).toBe('Roe');
  });

  it('leaves a verb\'s "with" object alone', () => {
    expect(one('The ruling breaks with earlier court decisions declaring the levy lawful.').source).toBeNull();
  });

  it('gives a participle after by, before or after the clause\'s subject', () => {
    expect(said('The union rallied its members by warning that the plant would close.')[1]).toBe('The union');
    expect(said('The coach thanked the fans before explaining why he had benched the captain.')[1]).toBe('The coach');
    expect(said('After blasting the council for the delay, the governor signed the bill.')[1]).toBe('the governor');
  });

  it('does not read "without" as sharing a saying', () => {
    expect(one('The firm raised prices without announcing the change.').source).toBeNull();
  });
});

describe('an infinitive of purpose after a stage for speaking', () => {
  it('gives the speaker of the clause that sets the stage', () => {
    expect(one('Councilwoman Ada Roe took to the steps of City Hall on Monday to assail the budget.').source?.text).toBe('Councilwoman Ada Roe');
    expect(one('Roe held a news conference to denounce the ruling.').source?.text).toBe('Roe');
    expect(one('Coach Lee went out of his way to praise the referees.').source?.text).toBe('Coach Lee');
  });

  it('leaves other infinitives to the status rules', () => {
    expect(one('The committee struggled to explain the delay.').source).toBeNull();
    expect(one('The agency ramped up efforts to admit more refugees.').source).toBeNull();
  });
});

describe('a participle clause after a comma', () => {
  it('lets an adverb stand between the comma and the participle', () => {
    expect(one('Roe kept her tone light, still warning that the levy would fail.').source?.text).toBe('Roe');
  });

  it('reads "calling" as saying when it calls for, out or with a quotation', () => {
    expect(one('Roe attacked the council, calling its members “cowards.”').source?.text).toBe('Roe');
    expect(one('Roe toured the plant, calling for new safety rules.').source?.text).toBe('Roe');
    expect(one('Roe sold the farm, calling it a day after forty years.').source).toBeNull();
  });
});

describe('an opening phrase before the subject', () => {
  it('is stepped over whatever preposition opens it', () => {
    expect(one('From the back of a truck, organizers handed out flyers, urging people to vote.').source?.text).toBe('organizers');
  });
});

describe('participles after a preposition that are no saying of the subject', () => {
  it('leaves a passive clause and a modifying -ing word alone', () => {
    expect(one('The clerk was arrested after posting threats online.').source).toBeNull();
    expect(one('The river rose after warning signs were ignored.').source).toBeNull();
  });
});

describe('findings in an absolute clause', () => {
  it('need a record to find them', () => {
    expect(one('Stocks rose, with prices showing signs of recovery.').source).toBeNull();
  });
});

describe('participles that say something only with what is said after them', () => {
  it('leaves bail, software, the police and figures alone', () => {
    expect(one('He left the jail after posting bail.').source).toBeNull();
    expect(one('She saved the boy by calling the police.').source).toBeNull();
    expect(one('Stocks closed higher, with the index adding 2 percent.').source).toBeNull();
  });

  it('still reads them with a clause or a quotation after them', () => {
    expect(one('She ended the call by posting that the vote was rigged.').source?.text).toBe('She');
  });
});

describe('a subject read forwards', () => {
  it('ends at an irregular past tense', () => {
    expect(one('The governor began by thanking the volunteers.').source?.text).toBe('The governor');
  });
});

describe('a text that came to light', () => {
  it('says what its participle says', () => {
    expect(one('Reports surfaced alleging that the mayor took bribes.').source?.text).toBe('Reports');
    expect(one('Stories have emerged describing the board’s attempts to oust the chief.').source?.text).toBe('Stories');
  });
});

describe('a record of someone caught speaking', () => {
  it('takes the name before the participle as the speaker', () => {
    expect(one('The ad then cuts to footage of Roe saying, “We will build it.”').source?.text).toBe('Roe');
    expect(one('The memo quotes Ada Roe warning that the dam could fail.').source?.text).toBe('Ada Roe');
  });
});

describe('a text whose participle says something', () => {
  it('is spoken by whoever puts it out', () => {
    expect(one('In addition, Attorney General Ada Roe filed a lawsuit in 2013 alleging that the school misled students.').source?.text).toBe('Attorney General Ada Roe');
    expect(one('The Gazette responded late Friday with an editor’s note on the story saying that the claim was false.').source?.text).toBe('The Gazette');
  });

  it('leaves resolutions and a text with a clause of its own alone', () => {
    expect(one('The decision breaks with earlier resolutions declaring the city neutral.').source).toBeNull();
    expect(one('The tweets he sent out in 2013 denouncing the bill are gone.').source?.text).not.toBe('The tweets');
  });
});
