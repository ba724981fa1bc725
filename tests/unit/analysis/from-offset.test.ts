import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { analyzeFrom } from '@/utils/analysis/from-offset';

const paragraph = (i: number) =>
  `The harbour master said on day ${i} that the ferries would run. "They will keep to the timetable," she added. Officials confirmed the plan.`;

/** Offset of the start of paragraph `n` (0-based) in a text joined with newlines. */
function paragraphStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

describe('analyzeFrom', () => {
  it('is analyze() itself from offset 0', () => {
    const text = Array.from({ length: 40 }, (_, i) => paragraph(i)).join('\n');
    expect(analyzeFrom(text, 0)).toEqual(analyze(text));
  });

  it('returns only the records from a paragraph on, with offsets into the whole text', () => {
    const text = Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n');
    const from = paragraphStart(text, 20);
    const records = analyzeFrom(text, from);
    expect(records[0].start).toBe(from);
    for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(records).toEqual(analyze(text).filter((r) => r.start >= from));
  });

  it('reads the paragraphs before the cut as context, so a quote keeps its speaker', () => {
    const text = ['The minister said the harbour would reopen in May.', '"The works are nearly done," she added.', '"Nothing will stop us."'].join('\n');
    const from = paragraphStart(text, 2);
    const [last] = analyzeFrom(text, from);
    expect(last.text).toBe('"Nothing will stop us."');
    expect(last).toEqual(analyze(text).at(-1));
  });

  it('clamps an offset outside the text rather than throwing', () => {
    const text = paragraph(1);
    expect(analyzeFrom(text, -5)).toEqual(analyze(text));
    expect(analyzeFrom(text, text.length + 10)).toEqual([]);
    expect(analyzeFrom(text, Number.NaN)).toEqual(analyze(text));
  });
});
