import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';
import { SOURCE_TYPES, STATUSES, type SentenceRecord } from '../../../utils/analysis/types';
import { anyText, newsishText } from './arbitraries';

/**
 * The analyzer's contract under any input (index.ts, types.ts): it never throws;
 * records are in order, within the text, never overlapping, and each record's
 * text is exactly its slice; statuses, source types and cues are well formed.
 */
function checkRecords(text: string, records: SentenceRecord[]): void {
  let prevEnd = 0;
  for (const r of records) {
    expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
    expect(r.start).toBeGreaterThanOrEqual(prevEnd);
    expect(r.end).toBeGreaterThan(r.start);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.text).toBe(text.slice(r.start, r.end));
    expect(STATUSES).toContain(r.status);
    for (const cue of r.cues) expect(r.text).toContain(cue);
    if (r.source) {
      expect(SOURCE_TYPES).toContain(r.source.type);
      expect(r.source.text.length).toBeGreaterThan(0);
      expect(r.source.chain.at(-1)).toBe(r.source.text);
    }
    prevEnd = r.end;
  }
}

/** Every non-blank character of the text lies in some record (none is silently dropped). */
function checkCoverage(text: string, records: SentenceRecord[]): void {
  const covered = new Uint8Array(text.length);
  for (const r of records) covered.fill(1, r.start, r.end);
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && /[\p{L}\p{N}]/u.test(text[i])) throw new Error(`character ${i} (${JSON.stringify(text[i])}) of ${JSON.stringify(text)} is in no sentence`);
  }
}

describe('analyze() on random input', () => {
  it('never throws and keeps every record within bounds, ordered and exact', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkRecords(text, analyze(text));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no letter or digit outside a sentence', () => {
    fc.assert(
      fc.property(newsishText(120), (text) => {
        checkCoverage(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same records for the same text (pure and deterministic)', () => {
    fc.assert(
      fc.property(newsishText(80), (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 100 },
    );
  });

  it('analyses a paragraph the same wherever it stands: offsets shift, nothing else', () => {
    // Paragraph breaks end sentences, so a prefix paragraph must not change what
    // follows it except by moving offsets (status may depend on carried quotes,
    // so only sentence boundaries are compared).
    fc.assert(
      fc.property(newsishText(40), newsishText(40), (before, after) => {
        const prefix = `${before.replace(/[\n\r\u2028\u2029]/g, ' ')}\n\n`;
        const alone = analyze(after).map((r) => r.text);
        const joined = analyze(prefix + after)
          .filter((r) => r.start >= prefix.length)
          .map((r) => r.text);
        expect(joined).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });
});
