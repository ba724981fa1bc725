import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';
import type { SentenceRecord } from '../../../utils/analysis/types';

/**
 * Inputs at the edges of size and shape. The timeouts only stop a hang from
 * blocking the suite: speed itself is measured by `npm run bench`, not here.
 */
function expectWellFormed(text: string, records: SentenceRecord[]): void {
  let prevEnd = 0;
  for (const r of records) {
    if (r.start < prevEnd || r.end <= r.start || r.end > text.length) {
      throw new Error(`bad record [${r.start}, ${r.end}) after ${prevEnd} in a text of ${text.length}`);
    }
    if (r.text !== text.slice(r.start, r.end)) throw new Error(`record text differs from its slice at ${r.start}`);
    prevEnd = r.end;
  }
}

/** A deterministic article-like paragraph (made up here), different for each `i`. */
function paragraph(i: number): string {
  const who = ['the mayor', 'Police Chief Ana Ruiz', 'a spokesperson for the ministry', 'two officials who asked not to be named'][i % 4];
  return (
    `The council voted ${i % 9} to ${(i * 7) % 5} on the harbour plan, ${who} said on Tuesday. ` +
    `"We will not accept a delay," she told reporters, adding that the cost could rise to $${(i % 40) + 1}.5 million. ` +
    `Critics allegedly ignored an earlier report (the second in ${2000 + (i % 25)}), according to documents seen by the paper.`
  );
}

describe('analyze() at the edges', () => {
  it('handles a 5 MB article', { timeout: 120_000 }, () => {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 5 * 1024 * 1024; i++) {
      const p = paragraph(i);
      parts.push(p);
      length += p.length + 1;
    }
    const text = parts.join('\n');
    const records = analyze(text);
    expectWellFormed(text, records);
    expect(records.length).toBeGreaterThan(parts.length * 2);
    expect(records.some((r) => r.status !== 'none')).toBe(true);
  });

  it('handles one sentence of 100,000 characters with no punctuation', { timeout: 60_000 }, () => {
    const words = ['officials', 'said', 'the', 'plan', 'could', 'cost', 'more', 'than', 'expected', 'and'];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) text += words[i % words.length] + ' ';
    text = text.trimEnd();
    const records = analyze(text);
    expectWellFormed(text, records);
    expect(records.map((r) => r.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('handles 100,000 characters inside one unclosed quotation', { timeout: 60_000 }, () => {
    const text = '"' + 'we will fight this in court, '.repeat(3500) + 'she said.';
    expectWellFormed(text, analyze(text));
  });

  it('handles quotes opened and never closed, and closed and never opened', { timeout: 60_000 }, () => {
    for (const q of ['"', '“', '”', '‘', '’', '«', '»', "'"]) {
      const text = `${q}He said it. `.repeat(2000) + `${q}`.repeat(2000);
      expectWellFormed(text, analyze(text));
    }
  });

  it('handles nesting 10,000 levels deep: brackets and quotes inside quotes', { timeout: 60_000 }, () => {
    const depth = 10_000;
    const shapes = [
      '('.repeat(depth) + 'the minister said' + ')'.repeat(depth) + '.',
      '“‘'.repeat(depth / 2) + 'nested speech, an aide said' + '’”'.repeat(depth / 2) + '.',
      Array.from({ length: depth }, (_, i) => `${'“'}level ${i} said`).join(' ') + '.',
      '['.repeat(depth) + '{'.repeat(depth) + '.',
    ];
    for (const text of shapes) expectWellFormed(text, analyze(text));
  });

  it('handles text made only of separators, zero-width or right-to-left characters', { timeout: 60_000 }, () => {
    const shapes = [
      '',
      ' ',
      '\n'.repeat(50_000),
      '.'.repeat(50_000),
      '\u200B'.repeat(50_000),
      '\u202E\u200F'.repeat(25_000),
      'الشرطة قالت إن التحقيق مستمر. '.repeat(2000),
      'המשטרה אמרה כי החקירה נמשכת. '.repeat(2000),
      'Police\u200B said\u200D the\u2060 inquiry\uFEFF continues.\u200F '.repeat(2000),
      '\uD800'.repeat(10_000) + ' said. ' + '\uDC00'.repeat(10_000),
    ];
    for (const text of shapes) expectWellFormed(text, analyze(text));
  });
});
