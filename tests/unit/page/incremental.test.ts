import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis';
import { reusablePrefix } from '@/utils/page/incremental';

const before = 'First paragraph said one thing.\nSecond paragraph said another. It went on.\nThird one ends.';
const sentences = analyze(before);
const live = sentences.map(() => null);

describe('what a re-run can reuse', () => {
  it('keeps everything when the text did not change', () => {
    expect(reusablePrefix(before, before, sentences, live)).toEqual({ keep: sentences.length, from: before.length });
  });

  it('keeps the paragraphs before an appended one and re-analyses from the last paragraph start', () => {
    const after = `${before}\nA late paragraph arrived.`;
    const { keep, from } = reusablePrefix(before, after, sentences, live);
    expect(from).toBe(before.lastIndexOf('\n') + 1);
    expect(sentences.slice(0, keep).every((s) => s.end <= from)).toBe(true);
    expect(sentences[keep].start).toBeGreaterThanOrEqual(from);
  });

  it('restarts from the paragraph holding the first change', () => {
    const after = before.replace('another', 'something else');
    const { keep, from } = reusablePrefix(before, after, sentences, live);
    expect(from).toBe(before.indexOf('\n') + 1);
    expect(keep).toBe(1);
  });

  it('restarts from scratch when the text was replaced', () => {
    expect(reusablePrefix(before, 'Nothing alike here.', sentences, live)).toEqual({ keep: 0, from: 0 });
  });

  it('does not keep a sentence whose range no longer holds live text', () => {
    const stale = { collapsed: true, startContainer: { isConnected: false }, endContainer: { isConnected: false } } as unknown as Range;
    const ranges = sentences.map((_, i) => (i === 1 ? stale : null));
    const { keep, from } = reusablePrefix(before, before, sentences, ranges);
    expect(keep).toBe(1);
    expect(from).toBe(before.indexOf('\n') + 1);
  });
});
