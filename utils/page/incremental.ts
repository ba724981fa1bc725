import type { SentenceRecord } from '../analysis/types';

/**
 * What a re-run can reuse: the sentences that lie wholly before the first
 * character where the article's text changed, cut back to a paragraph start so
 * the analyzer sees whole paragraphs, and only while their ranges still hold
 * live text (a page can swap nodes for identical ones). `keep` sentences stay;
 * analysis restarts at `from`.
 */
export function reusablePrefix(
  before: string,
  text: string,
  sentences: readonly SentenceRecord[],
  ranges: readonly (Range | null)[],
): { keep: number; from: number } {
  let same = 0;
  const n = Math.min(before.length, text.length);
  while (same < n && before.charCodeAt(same) === text.charCodeAt(same)) same++;
  let cut = same === before.length && same === text.length ? same : text.lastIndexOf('\n', same - 1) + 1;
  let keep = 0;
  while (keep < sentences.length && sentences[keep].end <= cut) {
    const r = ranges[keep];
    if (r && (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected)) {
      cut = text.lastIndexOf('\n', sentences[keep].start - 1) + 1;
      while (keep > 0 && sentences[keep - 1].end > cut) keep--;
      break;
    }
    keep++;
  }
  return { keep, from: keep ? cut : 0 };
}
