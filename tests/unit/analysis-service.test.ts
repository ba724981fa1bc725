import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { answerAnalysis, MAX_ANALYSIS_CHARS } from '@/utils/analysis-service';

const ARTICLE = 'The council said on Tuesday that the bridge would close. "It is not safe," the engineer told reporters.';

describe('the background analyzer', () => {
  it('answers the records analyze() gives for the text', () => {
    expect(answerAnalysis({ text: ARTICLE, from: 0 })).toEqual({ sentences: analyze(ARTICLE) });
  });

  it('answers only the records from `from` on', () => {
    const text = `${ARTICLE}\nOfficials denied the report.`;
    const from = text.indexOf('\n') + 1;
    const reply = answerAnalysis({ text, from });
    expect('sentences' in reply && reply.sentences.map((s) => s.text)).toEqual(['Officials denied the report.']);
  });

  it('answers an error, never throws, for a request that is not one', () => {
    for (const bad of [null, undefined, 'text', { text: 5, from: 0 }, { text: ARTICLE }, { from: 0 }]) {
      expect(answerAnalysis(bad)).toHaveProperty('error');
    }
  });

  it('refuses a text beyond the cap rather than stalling the background', () => {
    expect(answerAnalysis({ text: 'a'.repeat(MAX_ANALYSIS_CHARS + 1), from: 0 })).toEqual({ error: 'The article is too long to analyse.' });
  });
});
