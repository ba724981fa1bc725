import { describe, expect, it } from 'vitest';
import type { SourceType } from '../../../utils/analysis/types';
import { one, recordOf } from './helpers';
import { knownKind } from '../../../utils/analysis/model/known-names';
import { typeOfPhrase, typeOfSource } from '../../../utils/analysis/source-type';

const typeOf = (sentence: string): SourceType | undefined => one(sentence).source?.type;

describe('source types', () => {
  it.each<[string, SourceType]>([
    ['Sen. Rita Vale said the bill would pass.', 'politician'],
    ['The health ministry said the outbreak was contained.', 'government'],
    ['A spokeswoman for the State Department said talks continued.', 'government'],
    ['Police said the suspect fled on foot.', 'law_enforcement'],
    ['Federal prosecutors said the scheme ran for years.', 'law_enforcement'],
    ['The appeals court ruled that the law was valid.', 'court'],
    ['Dunmore Foods said quarterly profit rose 8 percent.', 'organization'],
    ['A spokesperson for the company said the recall was voluntary.', 'organization'],
    ['"We will win the state," said Ann Lee, a spokeswoman for the Vale campaign.', 'politician'],
    ['"No comment," said Bo Tran, a spokesman for the president.', 'government'],
    ['Professor Alan Greaves, an economist at Carver University, said prices would fall.', 'expert'],
    ['The Evening Ledger reported that the mayor had resigned.', 'media'],
    ['A survey released Tuesday found that most voters favor the plan.', 'document'],
    ['People familiar with the matter said the deal was close.', 'anonymous'],
    ['A senior official, who spoke on condition of anonymity, said talks had stalled.', 'anonymous'],
    ['The Congressional Budget Office estimated that the plan would cost more.', 'government'],
    ['The utilities commission said the outages were unacceptable.', 'government'],
    ['The French Agency for Food Safety said the product was safe.', 'government'],
    ['The company’s board said the offer was too low.', 'organization'],
    ['Critics say the rule goes too far.', 'anonymous'],
    ['Governor-elect Mara Quist said the budget was balanced.', 'politician'],
    ['The Riverside Bakers Guild said the flour shortage was over.', 'organization'],
    ['Tournament organisers said the final was sold out.', 'organization'],
    ['Analysts say the merger will fail.', 'anonymous'],
    ['One witness said the gunman fled in a van.', 'anonymous'],
    ['Analysts at Borden Bank said earnings would hold up.', 'expert'],
    ['“I heard a loud bang,” said Rosa Lind, a neighbor.', 'person'],
    // A party's national committee speaks as the party (LABELS.md: parties are politician).
    ['The RNC said the debate schedule was final.', 'politician'],
    ['The Whig National Committee said turnout had doubled.', 'politician'],
    // Results, inquiries and analyses are documents; an editorial board is the paper's voice.
    ['The preliminary results showed the incumbent ahead.', 'document'],
    ['The inquiry found that the dam had been poorly maintained.', 'document'],
    ['The editorial board argued that the levy was unfair.', 'media'],
    // A generic rank after a body's name and before its holder's: the body decides.
    ['Harbor Watch President Lena Ostrova said the dredging must stop.', 'organization'],
    ['Vale campaign chairman Omar Reyes said the ads would run statewide.', 'politician'],
    ['Moldovan President Ion Rusu said the border would reopen.', 'politician'],
    // A company-name ending counts only as part of a name: in lower case it is a job word.
    ['Norvik Communications said the network was restored.', 'organization'],
    ['The communications adviser said the speech was rewritten.', 'government'],
  ])('%s → %s', (sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });

  it('a business named by its trade, and an event\'s organizers, are organizations', () => {
    expect(typeOf('Tarn Valley Gas said prices would rise.')).toBe('organization');
    expect(typeOf('Old Quay Brewing said the recall was voluntary.')).toBe('organization');
    expect(typeOf('The Harbour Regatta organisers said the race was off.')).toBe('organization');
  });

  it('a well-known name the article gives no title is typed as other articles titled it', () => {
    // Both names are in data/known-names.json (mined from PolNeAR's training articles).
    expect(typeOf('Lindsey Graham said the vote would be close.')).toBe('politician');
    expect(typeOf('Antonin Scalia wrote that the law was clear.')).toBe('court');
    // A name nobody mined stays a person.
    expect(typeOf('Odile Farrant said the vote would be close.')).toBe('person');
    // Someone described by the name is not its bearer: the list gives a description
    // nothing (what type it takes is the type model's call, from the roles around it).
    expect(knownKind('A lawyer for Lindsey Graham')).toBeUndefined();
    expect(knownKind('Lindsey Graham')).toBe('politician');
  });

  it('takes the type from a title before the name', () => {
    expect(typeOf('Prime Minister Karl Ostrom said the vote would go ahead.')).toBe('politician');
    expect(typeOf('Interim Police Chief Ray Dunn said the road was closed.')).toBe('law_enforcement');
  });

  it('a lead and their team take the lead’s type; a team alone is an organization', () => {
    const text = 'Lucas Moreno, a biologist at Andes University, led the survey. Moreno and his team reported that the frog was rare.';
    expect(recordOf(text, 'frog was rare').source?.type).toBe('expert');
    expect(one('The forward is day-to-day, the team said.').source?.type).toBe('organization');
  });

  it('a named body "for" a cause is an organization, whatever the cause', () => {
    expect(typeOf('Nia Holt, an organizer with the Dayton Coalition for Fair Justice, said the march would go on.')).toBe('organization');
    expect(typeOf('The Marlow Fund for Safe Streets said the money would go to lighting.')).toBe('organization');
    expect(typeOfPhrase('an organizer with the Dayton Coalition for Fair Justice')).toBe('organization');
    // A body word before "for" keeps its own reading.
    expect(typeOfPhrase('the Korean Center for Disease Control')).toBe('government');
  });

  it('the staff of a politician the article named speak as a politician', () => {
    const text = 'Sen. Mara Quill toured the plant in Dayton on Monday. "We will win Ohio," said Tom Brandt, a spokesman for Ms. Quill. Quill aide Lena Ortiz said the ads would run in May. Brandt said the tour went well.';
    expect(recordOf(text, 'win Ohio').source?.type).toBe('politician');
    expect(recordOf(text, 'ads would run').source?.type).toBe('politician');
    expect(recordOf(text, 'tour went well').source?.type).toBe('politician');
    // A company's spokesman stays with the company.
    expect(typeOf('Tom Brandt, a spokesman for Holloway Mills, said the plant would reopen.')).toBe('organization');
  });

  it('an unnamed share of a party is anonymous; the party itself is not', () => {
    expect(typeOfSource('some Republicans')).toBe('anonymous');
    expect(typeOfSource('These same Democrats')).toBe('anonymous');
    expect(typeOfSource('several Republican lawmakers')).toBe('anonymous');
    expect(typeOfSource('Democrats')).not.toBe('anonymous');
  });

  it('"they" speaks as the last group or body that spoke, not as a person', () => {
    const text = 'The Harbor Gazette said in an editorial on Sunday that the plan was flawed. Harbor officials, the paper said, had ignored the cost. "The council must start again," they wrote.';
    expect(recordOf(text, 'start again').source?.type).toBe('media');
  });

  it('a named person is never anonymous, whatever the description beside the name', () => {
    expect(typeOfSource('Nell Oduya', 'one of the people who saw the crash')).toBe('person');
    expect(typeOfSource('one of the people who saw the crash')).toBe('anonymous');
  });

  it('a place after "in" or "from" makes nobody a company; an affiliation does', () => {
    expect(typeOfPhrase('a dog walker in Spring Valley')).not.toBe('organization');
    expect(typeOfPhrase('a retiree from Port Hollis')).not.toBe('organization');
    expect(typeOfPhrase('a dog walker for Spring Valley Pets')).toBe('organization');
  });

  it('a share of those polled speaks through the poll', () => {
    expect(typeOfSource('58 percent of farmers')).toBe('document');
    expect(typeOfSource('Forty-one percent')).toBe('document');
    expect(typeOfSource('a third of renters')).toBe('document');
    expect(typeOfSource('Farmers')).not.toBe('document');
  });

  it('a news outlet’s own report is the outlet speaking; its poll is a document', () => {
    expect(typeOfPhrase('a new article in Politico')).toBe('media');
    expect(typeOfPhrase('a CNN tally')).toBe('media');
    expect(typeOfPhrase('a CNN poll')).toBe('document');
    expect(typeOfPhrase('a new report by the ministry')).not.toBe('media');
  });

  it('a named person whose title is made of studies is a researcher, not a document', () => {
    expect(typeOfSource('Ines Marwick', 'director of regional economic studies at Hale Partners')).toBe('expert');
    expect(typeOfSource('The Hollis Report')).toBe('document');
  });

  it('"it" after a record spoke is the record', () => {
    const text = 'The Brookfield Water Board met on Monday. A memo from the engineers said the pipes were failing. It added that repairs would take a year.';
    expect(recordOf(text, 'repairs would take').source?.type).toBe('document');
  });

  it('a nation named by its people speaks as its government; a party’s members do not', () => {
    expect(typeOfSource('The Ruritanians')).toBe('government');
    expect(typeOfSource('the Ruritanians')).toBe('government');
    expect(typeOfSource('the Republicans')).not.toBe('government');
  });

  it('staff whom nothing names but a pronoun are unnamed people', () => {
    expect(typeOfSource('her advisers')).toBe('anonymous');
    expect(typeOfSource('their friends and aides')).toBe('anonymous');
    expect(typeOfSource('Several staffers')).toBe('anonymous');
  });

  it('one official left unnamed is anonymous; officials are the government', () => {
    expect(typeOfSource('a Ruritanian official')).toBe('anonymous');
    expect(typeOfSource('one senior administration official')).toBe('anonymous');
    expect(typeOfSource('Ruritanian officials')).toBe('government');
  });

  it('a voter’s party leaning is no office', () => {
    expect(typeOfSource('Lou Marsh', 'a registered Democrat who voted twice for the governor')).toBe('person');
    expect(typeOfSource('Lou Marsh', 'a Democrat from Ohio')).toBe('politician');
    expect(typeOfSource('Lou Marsh', 'a longtime Republican donor in Ohio')).toBe('person');
  });

  it('a word before a cabinet title is its portfolio, not a company', () => {
    expect(typeOfPhrase('Fisheries Minister')).not.toBe('organization');
    expect(typeOfPhrase('Interior Secretary')).not.toBe('organization');
    expect(typeOfPhrase('Quillsoft President')).toBe('organization');
  });

  it('"it reads" is a text', () => {
    const text = 'The Harbor Board met on Monday. "The pier will close in May," it reads.';
    expect(recordOf(text, 'pier will close').source?.type).toBe('document');
  });

  it('unnamed donors, partisans and readers are anonymous', () => {
    expect(typeOfSource('donors')).toBe('anonymous');
    expect(typeOfSource('Partisans on both sides')).toBe('anonymous');
    expect(typeOfSource('two other women')).toBe('anonymous');
  });

  it('a description of the person speaking takes the type the article gave them', () => {
    const text = 'Gov. Mara Quill spoke in Dayton on Monday. "We will cut taxes," Quill said. The Ohio businesswoman said the plan was ready.';
    expect(recordOf(text, 'plan was ready').source?.type).toBe('politician');
  });

  it('a policy center is no national body, and its staff comment as experts', () => {
    expect(typeOfPhrase('the Bipartisan Tax Center')).not.toBe('government');
    expect(typeOfPhrase('the Korean Tax Center')).toBe('government');
    expect(typeOfSource('Dana Whit', 'senior director of tax policy at the Harwood Policy Center')).toBe('expert');
  });

  it('"one commenter" is one of many, left unnamed', () => {
    expect(typeOfSource('one commenter')).toBe('anonymous');
    expect(typeOfSource('One tweet')).toBe('anonymous');
  });

  it('"the statement" is its issuer speaking', () => {
    const text = 'The Harbor Gazette said on Sunday that its story was wrong. "We regret the error," the statement said.';
    expect(recordOf(text, 'regret the error').source?.type).toBe('media');
  });

  it('a name with a word in capitals is a body, not a person', () => {
    expect(typeOfSource('Fairness USA')).toBe('organization');
    expect(typeOfSource('Odile Farrant')).toBe('person');
    expect(typeOfSource('Odile Farrant III')).toBe('person');
  });

  it('a relative clause after a surname does not make the person a body', () => {
    const text = 'Delia Park waited outside the clinic for an hour. "It was freezing," said Park, who lives two streets away. "Nobody came," she said.';
    expect(recordOf(text, 'freezing').source?.type).toBe('person');
    expect(recordOf(text, 'Nobody came').source?.type).toBe('person');
  });

  it('remembers the title a name was introduced with', () => {
    const text = 'Opponents, including Councilman Dave Porter, objected. Porter said the money should go to roads.';
    const r = recordOf(text, 'Porter said');
    expect([r.source?.text, r.source?.resolved, r.source?.type]).toEqual(['Porter', 'Dave Porter', 'politician']);
  });
});
