import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { analyzeInChunks, CHUNK_CHARS } from '@/utils/page/analyze-chunks';
import { Slicer } from '@/utils/page/schedule';

const paragraph = (i: number) =>
  `The harbour master said on day ${i} that the ferries would run. "They will keep to the timetable," she added. Officials confirmed the plan.`;

describe('analysis in chunks', () => {
  it('gives exactly what analyze() gives for an article shorter than one chunk', async () => {
    const text = Array.from({ length: 5 }, (_, i) => paragraph(i)).join('\n');
    expect(text.length).toBeLessThan(CHUNK_CHARS);
    expect(await analyzeInChunks(text, 0, new Slicer())).toEqual(analyze(text));
  });

  it('covers a long article in order, each record indexing the whole text, none twice', async () => {
    const text = Array.from({ length: 120 }, (_, i) => paragraph(i)).join('\n');
    const records = await analyzeInChunks(text, 0, new Slicer());
    expect(records.length).toBe(analyze(text).length);
    let last = 0;
    for (const r of records) {
      expect(r.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(r.start, r.end)).toBe(r.text);
      last = r.end;
    }
    // Statuses match the whole-text analysis: chunks carry context across the cut.
    expect(records.map((r) => r.status)).toEqual(analyze(text).map((r) => r.status));
  });

  it('starts from a paragraph offset and returns only what follows it', async () => {
    const text = Array.from({ length: 4 }, (_, i) => paragraph(i)).join('\n');
    const from = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    const records = await analyzeInChunks(text, from, new Slicer());
    expect(records[0].start).toBe(from);
    expect(records.map((r) => r.text)).toEqual(analyze(text).filter((r) => r.start >= from).map((r) => r.text));
  });

  it('cuts one enormous paragraph at sentence ends rather than analysing it whole', async () => {
    const text = Array.from({ length: 200 }, (_, i) => paragraph(i)).join(' ');
    const records = await analyzeInChunks(text, 0, new Slicer());
    for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(records.at(-1)?.end).toBeGreaterThan(text.length - 40);
  });
});
