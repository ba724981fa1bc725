import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../../utils/analysis/sentences';

const texts = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles, initials and abbreviations inside a sentence', () => {
    expect(texts('Dr. Maria Olsen met Sen. Tom Reyes and Gen. Ray Ott. They talked.')).toEqual([
      'Dr. Maria Olsen met Sen. Tom Reyes and Gen. Ray Ott.',
      'They talked.',
    ]);
    expect(texts('The U.S. military left at 9 a.m. ET on Friday. J. R. Tolkien wrote it.')).toEqual([
      'The U.S. military left at 9 a.m. ET on Friday.',
      'J. R. Tolkien wrote it.',
    ]);
    expect(texts('He ranked No. 3 in the state. She ranked higher.')).toEqual(['He ranked No. 3 in the state.', 'She ranked higher.']);
    expect(texts('The hearing is set for Aug. 9 in court.')).toEqual(['The hearing is set for Aug. 9 in court.']);
  });

  it('ends a sentence after an abbreviation when a new sentence plainly starts', () => {
    expect(texts('The company moved to the U.S. The move was costly.')).toEqual([
      'The company moved to the U.S.',
      'The move was costly.',
    ]);
  });

  it('splits after a quotation closed by its own stop', () => {
    expect(texts('"We are ready." The mayor left. "Are you?" she asked.')).toEqual([
      '"We are ready."',
      'The mayor left.',
      '"Are you?" she asked.',
    ]);
    expect(texts('“It works. It is cheap,” said Ana Ruiz.')).toEqual(['“It works.', 'It is cheap,” said Ana Ruiz.']);
  });

  it('treats every line break as a boundary and keeps headings apart', () => {
    expect(texts('Storm hits coast\nOFFSHORE, Maine — Winds rose. Boats stayed in.\n\n  \nMore later')).toEqual([
      'Storm hits coast',
      'OFFSHORE, Maine — Winds rose.',
      'Boats stayed in.',
      'More later',
    ]);
  });

  it('reads an ellipsis that opens a text or a line as part of what follows', () => {
    // At the very start as after a line break: the same sentence either way.
    expect(texts('… The vote was close.')).toEqual(['… The vote was close.']);
    expect(texts('Intro line.\n\n… The vote was close.')).toEqual(['Intro line.', '… The vote was close.']);
    expect(texts('We came in. … Then we left.')).toEqual(['We came in.', '… Then we left.']);
  });

  it('does not split decimals or numbered list markers', () => {
    expect(texts('Prices rose 2.5 percent.\n3. Next steps')).toEqual(['Prices rose 2.5 percent.', '3. Next steps']);
  });

  it('returns exact, ordered, non-overlapping, trimmed spans covering all non-blank text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '?', '!', '"', '”', '\n', 'Dr', 'U.S.', ',', '…', 'é', '😀') , maxLength: 200 }), (t) => {
        const spans = splitSentences(t);
        let last = 0;
        let covered = '';
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const x = t.slice(s.start, s.end);
          expect(x).toBe(x.trim());
          covered += x;
          last = s.end;
        }
        expect(covered.replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });

  it('handles a single enormous sentence without throwing', () => {
    const t = 'word '.repeat(40_000) + 'end.';
    const spans = splitSentences(t);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toEqual({ start: 0, end: t.length });
  });
});
