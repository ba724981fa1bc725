import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/analysis/read';

/** The rules' status of a one-sentence text (before any trained decision). */
const rule = (text: string) => readArticle(text)[0].rule.status;

describe("opinion is the author's own wording (LABELS.md 'opinion': the author's voice only)", () => {
  it('a prescription reported, asked about or inverted into a condition is not the author’s', () => {
    expect(rule('The council argued over whether the town should sell the old mill.')).not.toBe('opinion');
    expect(rule('Farmers who agree that the dam should be removed met on Friday.')).not.toBe('opinion');
    expect(rule('Even the hawks on the board say the levy must rise, a view the chair rejects.')).not.toBe('opinion');
    expect(rule('The coach asked the captain to lead the team should he recover in time.')).not.toBe('opinion');
    // The author's own prescription stays opinion, with a stance in the first person too.
    expect(rule('The town should sell the old mill before winter.')).toBe('opinion');
    expect(rule('I think the town should sell the old mill.')).not.toBe('unattributed');
  });

  it('evaluative words inside quotation marks are the speaker’s, not the author’s', () => {
    expect(rule('The grocer posted two words under the photo of the flood, “So terrible,” and closed the shop.')).not.toBe('opinion');
    expect(rule('The candidate came under fire for saying the county is “where it needs to be” on roads.')).not.toBe('opinion');
    // The same words outside the quotes are the author's.
    expect(rule('The flood response was terrible, and the county has a long way to go.')).toBe('opinion');
  });

  it('the author taking a stance in the first person is opinion, though the verb hedges', () => {
    expect(rule('I believe the new library will serve the town better than any mall.')).toBe('opinion');
    expect(rule('She has kept every promise so far, and I hope she keeps at it.')).toBe('opinion');
    // The same verb from a source, or without the first person, stays a hedge.
    expect(rule('The mayor believes the new library will serve the town better.')).toBe('speculative');
    expect(rule('“I believe the library will open in May,” the mayor said.')).toBe('speculative');
  });
});

describe("a hedge inside someone's quoted words does not hedge the author's sentence", () => {
  it('the author states; the quote predicts', () => {
    expect(rule('The builder, who once called the tower “a project that will outlive us all,” retired in March.')).toBe('unattributed');
    // The author's own hedge still counts.
    expect(rule('The builder, who once called the tower “a fine project,” may retire in March.')).toBe('speculative');
  });
});

describe('a claim said to lack support or to be lies is disputed (LABELS.md disputed)', () => {
  it('unsupported, all lies, not borne out, not based on, a titled owner’s veracity questioned', () => {
    expect(rule('“The inspector found the complaint unsupported by the records,” the agency wrote.')).toBe('disputed');
    expect(rule('“It is all lies,” the bakery owner told the court.')).toBe('disputed');
    expect(rule('“The numbers don’t bear that out,” the treasurer said.')).toBe('disputed');
    expect(rule('Aides said the remark was not based on any briefing.')).toBe('disputed');
    expect(rule('The rival candidate questioned Ms. Ortiz’s veracity on Sunday.')).toBe('disputed');
    expect(rule('The ferry company has responded to criticism of its timetable by adding a late boat.')).toBe('disputed');
    expect(rule('In response to the union’s charge that pay had stalled, the board said wages rose in May.')).toBe('disputed');
    // Lies as a plain noun of the story, no rebuttal; a response to a plain request.
    expect(rule('The council responded to the request for a new crossing within a week.')).not.toBe('disputed');
    expect(rule('The novel lies on the shelf beside the window.')).not.toBe('disputed');
  });
});
