import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { answerAnalysis, MAX_ANALYSIS_CHARS, warmAnalyzer } from '@/utils/analysis-service';

const ARTICLE =
  'The council said on Tuesday that the bridge would close for two weeks. "It is not safe for the buses," the engineer told reporters at the site.';

describe('the background analyzer', () => {
  it('answers the records analyze() gives for the text', () => {
    expect(answerAnalysis({ text: ARTICLE, from: 0, declaredLanguage: null })).toEqual({ language: 'en', sentences: analyze(ARTICLE) });
  });

  it('answers only the records from `from` on', () => {
    const text = `${ARTICLE}\nOfficials denied the report.`;
    const from = text.indexOf('\n') + 1;
    const reply = answerAnalysis({ text, from, declaredLanguage: 'en' });
    expect('sentences' in reply && reply.sentences.map((s) => s.text)).toEqual(['Officials denied the report.']);
  });

  it('answers the language and no records for a text that is not English', () => {
    const french = "Le maire a déclaré mardi que le pont serait fermé pendant deux semaines pour des travaux. « Ce n'est pas sûr », a dit l'ingénieur aux journalistes présents sur place ce matin.";
    expect(answerAnalysis({ text: french, from: 0, declaredLanguage: 'fr' })).toEqual({ language: 'fr', sentences: [] });
  });

  it('answers an error, never throws, for a request that is not one', () => {
    for (const bad of [null, undefined, 'text', { text: 5, from: 0 }, { text: ARTICLE }, { from: 0 }]) {
      expect(answerAnalysis(bad)).toHaveProperty('error');
    }
  });

  it('refuses a text beyond the cap rather than stalling the background', () => {
    expect(answerAnalysis({ text: 'a'.repeat(MAX_ANALYSIS_CHARS + 1), from: 0, declaredLanguage: null })).toEqual({ error: 'The article is too long to analyse.' });
  });
});

describe('warming the analyzer', () => {
  it('does the work once, and the analyzer answers the same afterwards', () => {
    const before = answerAnalysis({ text: ARTICLE, from: 0, declaredLanguage: 'en' });
    const first = warmAnalyzer();
    expect(warmAnalyzer()).toBe(false);
    expect(typeof first).toBe('boolean');
    expect(answerAnalysis({ text: ARTICLE, from: 0, declaredLanguage: 'en' })).toEqual(before);
  });
});
