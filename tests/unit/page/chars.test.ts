import { describe, expect, it } from 'vitest';
import { CHAR_CLASS, PUNCT, SPACE } from '@/utils/page/chars';

describe('the character table of the walks', () => {
  it('marks exactly the code units /\\s/ and the punctuation class match', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = /\s/.test(ch) ? SPACE : /[,.;:!?。،]/.test(ch) ? PUNCT : 0;
      if (CHAR_CLASS[c] !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
