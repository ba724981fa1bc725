import { describe, expect, it } from 'vitest';
import { one, recordOf } from './helpers';
import { readArticle } from '../../../utils/analysis/read';
import { decideStatus } from '../../../utils/analysis/status';

describe('statuses', () => {
  it("an announced appearance is a schedule, not a forecast (LABELS.md 'The future')", () => {
    expect(one('The mayor will discuss her new book on the morning show.').status).toBe('unattributed');
    expect(one('The senator will be interviewed about the border.').status).toBe('unattributed');
    expect(one('The mayor will win the next election.').status).toBe('speculative');
  });

  it('none: questions, headings, calls to action, boilerplate', () => {
    expect(one('What happens to the river now?').status).toBe('none');
    expect(one('Flood season arrives early').status).toBe('none');
    expect(one('Sign up for our morning newsletter.').status).toBe('none');
    expect(one('FILE - In this 2019 file photo, crews repair the dam. (AP Photo/Ann Roe, File)').status).toBe('none');
    expect(one('“Is this what we voted for?” the farmer asked.').status).toBe('none');
    const q = one('“Let’s finish the job together,” the coach said.');
    expect([q.status, q.source]).toEqual(['none', null]);
  });

  it('disputed: denials, rejections, lack of evidence', () => {
    const r = one('The minister rejected the accusation as baseless.');
    expect([r.status, r.source?.text]).toEqual(['disputed', 'The minister']);
    expect(one('There is no evidence that the vaccine caused the illness.').status).toBe('disputed');
    expect(one('Both defendants pleaded not guilty on Tuesday.').status).toBe('disputed');
  });

  it('speculative: a hedge inside reported content, plans and predictions', () => {
    const r = one('The owner said the plant may close next year.');
    expect([r.status, r.source?.text]).toEqual(['speculative', 'The owner']);
    expect(r.cues).toContain('may');
    expect(one('The storm is expected to weaken over land.').status).toBe('speculative');
    expect(one('The council plans to raise fares in the spring.').status).toBe('speculative');
    const c = one('“We’ll win this seat,” the candidate said.');
    expect([c.status, c.cues]).toEqual(['speculative', ['’ll', 'said']]);
  });

  it('a vow or a promise said by its source is speculative, the speaker kept (LABELS.md)', () => {
    for (const s of ['The mayor vowed to rebuild the pier by summer.', 'Senator Ada Kline pledged to block the nomination.']) {
      const r = one(s);
      expect([r.status, r.source?.type]).toEqual(['speculative', 'politician']);
    }
    expect(decideStatus('The union promised a strike.', true, 'promised', 'speculative').status).toBe('speculative');
  });

  it('clearing someone of a charge rejects the charge: disputed; clearing a road is nothing of the kind', () => {
    expect(one('The review board cleared the two officers of any wrongdoing.').status).toBe('disputed');
    expect(one('A jury exonerated the coach last spring.').status).toBe('disputed');
    expect(one('Crews cleared the road of snow by noon.').status).not.toBe('disputed');
  });

  it("a question closed by two single quotes (''…?'') is none", () => {
    expect(one("''Who will pay for the new pier?''").status).toBe('none');
  });

  it('a rebuttal voiced by a source is disputed: defended, "not the case", walked back', () => {
    expect([one('The coach defended his decision against the critics.').status, one('The coach defended his decision against the critics.').source?.text]).toEqual(['disputed', 'The coach']);
    expect(one('That was not the case, the spokeswoman said.').status).toBe('disputed');
    expect(one('The mayor later tried to walk back his remarks.').status).toBe('disputed');
  });

  it('a clarification, a court order and findings that show establish', () => {
    expect(one('A campaign aide later clarified that the senator misspoke.').status).toBe('confirmed');
    expect(one('The judge ordered the release of the files.').status).toBe('confirmed');
    expect(one('Survey findings show voters are split on the levy.').status).toBe('confirmed');
  });

  it('a two-word clause is a statement, a two-word label is not', () => {
    const text = '“We will rebuild the pier,” the harbour master said. “You watch.\nI know.”';
    expect(recordOf(text, 'I know').status).not.toBe('none');
    expect(one('Photo gallery.').status).toBe('none');
  });

  it('an exhortation inside a quotation is none; a statement inside one is not', () => {
    const text = '“We will win this county,” the candidate told the crowd. “Vote for me. Don’t let anyone tell you otherwise.”';
    expect(recordOf(text, 'Vote for me').status).toBe('none');
    expect(recordOf(text, 'Don’t let').status).toBe('none');
    expect(recordOf(text, 'We will win').status).not.toBe('none');
    expect(one('Vote counting resumed on Monday.').status).not.toBe('none');
  });

  it("an author's note at the foot of a piece is furniture", () => {
    expect(one('Nadia Ferrer is director of the Coastal Policy Institute at Marlow University.').status).toBe('none');
    expect(one('Reach him at the newsroom desk.').status).toBe('none');
    expect(one('This story has been updated with comments from the council.').status).toBe('none');
  });

  it("the author's prescriptions and framings are opinion; the same from a source is reported", () => {
    expect(one('The county needs to fix the bridge before winter.').status).toBe('opinion');
    expect(one('Make no mistake, the levy is a tax on renters.').status).toBe('opinion');
    expect(one('The mayor said the county needs to fix the bridge.').status).toBe('reported');
  });

  it('a claim called meritless, made up or wrong, or its truth questioned, is disputed', () => {
    expect(one('“The lawsuit is meritless,” a club spokesman said.').status).toBe('disputed');
    expect(one('The councillor said the rival campaign makes everything up.').status).toBe('disputed');
    expect(one('Residents questioned the accuracy of the flood map.').status).toBe('disputed');
    expect(one('The mayor said the report was quite wrong about the budget.').status).toBe('disputed');
  });

  it('a record that shows or finds is confirmed with the record as source; "ruled out" is no ruling', () => {
    const poll = one('For the first time, a poll shows the challenger leading the mayor.');
    expect([poll.status, poll.source?.text]).toEqual(['confirmed', 'a poll']);
    expect(one('The survey by the state university showed turnout falling.').status).toBe('confirmed');
    expect(one('The talk shows were dull this year.').source).toBeNull();
    expect(one('The former governor ruled out a bid for the Senate.').status).not.toBe('confirmed');
  });

  it('hearsay with nobody named is alleged, as "reportedly" is; a claim by its own verb is alleged', () => {
    expect(one('The minister is reported to have called the tax a mistake.').status).toBe('alleged');
    expect(one("It's been reported that the club moved north.").status).toBe('alleged');
    expect(one('The singer has been rumored to have left the band.').status).toBe('alleged');
    const claim = one("The developer claims he's owed $2 million.");
    expect([claim.status, claim.source?.text]).toEqual(['alleged', 'The developer']);
  });

  it("the author's judgment in evaluative words is opinion; the same words from a source are reported", () => {
    expect(one('The new parking rule is misleading and wildly unrealistic.').status).toBe('opinion');
    expect(one('Cutting the ferry was a grave mistake.').status).toBe('opinion');
    expect(one('It means admitting that the plan has failed.').status).toBe('opinion');
    expect(one('The mayor, to her credit, kept the library open.').status).toBe('opinion');
    expect(one('The harbour master said the new parking rule is misleading.').status).toBe('reported');
  });

  it('a negated confirmation is speculative at best', () => {
    expect(one('Police did not confirm the identity of the victim.').status).toBe('speculative');
    expect(one('The video has not been verified.').status).toBe('speculative');
  });

  it('a modal outside the main proposition is no hedge', () => {
    expect(one('The mayor said the law protects people because they may disagree.').status).toBe('reported');
    expect(one('The director declined to say when the lander would be ready.').status).toBe('reported');
    expect(one('His lawyer said he did not intend to cause harm.').status).toBe('disputed');
    expect(one('“My first thought was, ‘They’re going to hate it,’” the designer said.').status).toBe('reported');
    expect(one('Residents who could be affected were told to leave.').status).toBe('unattributed');
    expect(one('From the porch she could hear the sirens.').status).toBe('unattributed');
    expect(one('He would typically arrive before dawn.').status).toBe('unattributed');
    expect(one('The new line will open on March 3.').status).toBe('unattributed');
    expect(one('The new line will open soon.').status).toBe('speculative');
    expect(one('The site apparently went down a few minutes later.').status).toBe('speculative');
  });

  it('a hedge word that describes a noun, an embedded question or a habit hedges nothing', () => {
    const rule = (t: string) => readArticle(t)[0].rule.status;
    expect(rule('The ministry said it regrets any decision likely to encourage more building.')).toBe('reported');
    expect(rule('She outlined a plan to review the cases every year.')).toBe('reported');
    expect(rule('Supporters decried the lack of details about where the detainees might go.')).toBe('reported');
    expect(rule('He said the topic would occasionally come up at dinner.')).toBe('reported');
    expect(rule('The minister said the decision is likely to encourage more building.')).toBe('speculative');
  });

  it('"May" the month is a date, not a hedge', () => {
    expect(one('The chief executive is stepping down in May.').status).toBe('unattributed');
  });

  it('alleged: allegedly, accused, claimed; reportedly without a named source', () => {
    const r = one('The driver allegedly ran three red lights.');
    expect([r.status, r.source]).toEqual(['alleged', null]);
    const rep = one('The striker reportedly asked for a transfer.');
    expect([rep.status, rep.source]).toEqual(['alleged', null]);
    expect(one('The firm claimed that its rival copied the design.').status).toBe('alleged');
    expect(one('The driver has not been charged with any crime.').status).toBe('unattributed');
  });

  it('reportedly with a named source keeps the source', () => {
    const r = one('The company confirmed the deal, which will reportedly close in June.');
    expect(r.source?.text).toBe('The company');
  });

  it('an admission later in the sentence settles an accusation', () => {
    const r = one('Two guards were accused of falsifying logs; the warden later admitted it.');
    expect(r.status).toBe('confirmed');
  });

  it('confirmed: factive verbs and records', () => {
    const r = one('Court filings show that the loan was never repaid.');
    expect([r.status, r.source?.type]).toEqual(['confirmed', 'court']);
    expect(one('The jury convicted him of fraud.').status).toBe('confirmed');
    expect(one('The appeals court said the ban was lawful.').status).toBe('confirmed');
    expect(one('The witness described the claim as “completely false.”').status).toBe('disputed');
  });

  it('reported: a neutral cue, including an opinion voiced by a source', () => {
    const r = one('The senator said the plan was reckless.');
    expect([r.status, r.source?.text, r.source?.type]).toEqual(['reported', 'The senator', 'politician']);
  });

  it('opinion: the author’s evaluation, never with a source', () => {
    const r = one('This situation demands close scrutiny.');
    expect([r.status, r.source]).toEqual(['opinion', null]);
    expect(one('The city should fix its roads before winter.').status).toBe('opinion');
    expect(one('The new stadium will be a disastrous waste of money.').status).toBe('opinion');
    expect(one('Unfortunately, the fix will probably take years.').status).toBe('speculative');
  });

  it('unattributed: a plain assertion in the author’s voice', () => {
    const r = one('The bridge opened in 1932 and carries 40,000 cars a day.');
    expect([r.status, r.source, r.cues]).toEqual(['unattributed', null, []]);
  });

  it('cues occur literally in the sentence', () => {
    const text = 'Officials denied the claim. The plant may close. “Go home,” he said. Sign up now.';
    for (const needle of ['Officials', 'plant', 'Go home', 'Sign up']) {
      const r = recordOf(text, needle);
      for (const c of r.cues) expect(r.text).toContain(c);
    }
  });
});
