import { analyze } from './index';
import type { SentenceRecord } from './types';

/** Whole paragraphs before `from` analysed again, so quotes and names carry over the cut. */
export const CONTEXT_CHARS = 800;

/**
 * Analyses `text` from offset `from` (a paragraph start) to the end: what a page
 * needs after it changed below a point it has already analysed (a late paragraph,
 * an infinite-scroll page). The paragraphs just before `from` are analysed again
 * as context, so an open quotation or a pronoun resolves as it would in the whole
 * text, and only records starting at or after `from` are returned, with offsets
 * into the whole text. From 0 it is exactly `analyze(text)`, so the extension, the
 * CLI and the evaluation give one and the same report for a page.
 */
export function analyzeFrom(text: string, from: number): SentenceRecord[] {
  const at = Math.max(0, Math.min(Math.floor(from) || 0, text.length));
  if (at === 0) return analyze(text);
  const ctx = contextStart(text, at);
  const out: SentenceRecord[] = [];
  for (const r of analyze(text.slice(ctx))) {
    const start = r.start + ctx;
    if (start < at) continue;
    out.push({ ...r, start, end: r.end + ctx });
  }
  return out;
}

/** The start of the earliest whole paragraph within CONTEXT_CHARS before `pos`. */
function contextStart(text: string, pos: number): number {
  const floor = pos - CONTEXT_CHARS;
  if (floor <= 0) return 0;
  const nl = text.indexOf('\n', floor);
  return nl === -1 || nl >= pos ? pos : nl + 1;
}
