import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeFrom } from '@/utils/analysis/from-offset';
import { PageSession, type Analyse } from '@/utils/page/session';

/**
 * The page session's side of the analyzer's message: what it does with the
 * background's answer. Over linkedom, with no layout, watcher or card: the
 * flow from text to report is what is under test.
 */
const PARAGRAPHS = [
  'The harbour authority said on Monday that the northern pier would close for repairs until the spring.',
  '"The timbers are rotten through," the chief engineer told reporters at the quay.',
  'Local fishermen disputed the timetable, saying the work could be finished within weeks.',
  'The council is expected to vote on the funding next month, according to two officials.',
  'Repairs on the southern breakwater last year ran four months over schedule, records show.',
  'The harbour master said ferries would keep to their winter timetable while the pier is shut.',
  'Traders on the quay believe the closure will cost them most of the spring season.',
  'A spokesperson for the ferry company declined to comment on the plans.',
];

function page(paragraphs = PARAGRAPHS, lang = 'en'): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return parseHTML(`<!DOCTYPE html><html lang="${lang}"><head><title>Pier to close</title></head><body><main><article><h1>Northern pier to close for repairs</h1>${body}</article></main></body></html>`)
    .document as unknown as Document;
}

const local: Analyse = async (text, from, declared) => ({ language: declared ?? 'en', sentences: analyzeFrom(text, from) });
const session = (doc: Document, analyse: Analyse) => new PageSession(doc, { analyse, watch: false, cards: false });

describe('PageSession with the analyzer behind a message', () => {
  it('reports the records the analyzer answered for the extracted text', async () => {
    const doc = page();
    let asked = '';
    const report = await session(doc, (text, from, declared) => {
      asked = text;
      return local(text, from, declared);
    }).run();
    expect(report.state).toBe('article');
    if (report.state !== 'article') return;
    expect(report.text).toBe(asked);
    expect(report.sentences).toEqual(analyzeFrom(asked, 0));
  });

  it('reports the language the analyzer found, and paints nothing, when it is not English', async () => {
    const report = await session(page(), async () => ({ language: 'fr', sentences: [] })).run();
    expect(report).toMatchObject({ state: 'unsupported-language', language: 'fr' });
  });

  it('turns an analyzer that cannot be reached into an error report with its reason', async () => {
    const report = await session(page(), () => Promise.reject(new Error('the extension did not answer'))).run();
    expect(report.state).toBe('error');
    if (report.state === 'error') expect(report.message).toContain('the extension did not answer');
  });

  it('drops records that fall outside the text or out of order rather than anchoring them', async () => {
    const doc = page();
    const report = await session(doc, async (text, from) => {
      const good = analyzeFrom(text, from);
      const bogus = { ...good[0], start: text.length + 5, end: text.length + 50 };
      return { language: 'en', sentences: [good[1], good[0], bogus, ...good.slice(2)] };
    }).run();
    expect(report.state).toBe('article');
    if (report.state !== 'article') return;
    for (const s of report.sentences) expect(report.text.slice(s.start, s.end)).toBe(s.text);
    expect(report.sentences.some((s) => s.start > report.text.length)).toBe(false);
  });
});

describe('PageSession reading a page anyway', () => {
  /** A short note: too little prose for the verdict, but text a reader may still want read. */
  const note = () =>
    parseHTML(
      `<!DOCTYPE html><html lang="en"><head><title>Note</title></head><body><div>${PARAGRAPHS.slice(0, 2).join('<br>')}</div><ul><li><a href="/a">Home</a></li></ul></body></html>`,
    ).document as unknown as Document;

  it('reads a page judged not an article when the reader asks, and keeps reading it so', async () => {
    const s = session(note(), local);
    expect((await s.run()).state).toBe('not-article');
    const report = await s.readAnyway();
    expect(report.state).toBe('article');
    if (report.state !== 'article') return;
    expect(report.text).toContain('northern pier would close');
    expect(report.text).not.toContain('Home');
    // A re-run (the page changed) keeps the reader's answer.
    expect((await s.run()).state).toBe('article');
  });

  it('says there is nothing to read on a page without prose, and marks the answer as given anyway', async () => {
    const doc = parseHTML('<!DOCTYPE html><html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li></ul></body></html>').document as unknown as Document;
    const report = await session(doc, local).readAnyway();
    expect(report).toMatchObject({ state: 'not-article', anyway: true });
  });

  it('forgets the answer when the page navigates', async () => {
    const s = session(note(), local);
    await s.readAnyway();
    const report = await s.navigated();
    expect(report.state).toBe('not-article');
  });
});
