import { analyze } from '../analysis';
import type { SentenceRecord } from '../analysis/types';
import type { Slicer } from './schedule';

/** Characters analysed per slice: a few milliseconds of analyzer time. */
export const CHUNK_CHARS = 2500;
/** Whole paragraphs before a chunk, analysed again so quotes and names carry over. */
const CONTEXT_CHARS = 1000;
/** A paragraph longer than this is cut at a sentence end rather than analysed whole. */
const MAX_PARAGRAPH_CHARS = CHUNK_CHARS * 4;

/**
 * Analyses `text` from offset `from` (a paragraph start) to the end in chunks of
 * whole paragraphs, yielding between chunks. Each chunk is analysed with the
 * paragraphs just before it as context, and only records starting inside the
 * chunk are kept, so attribution carried from a neighbouring sentence survives
 * the cut. An article shorter than one chunk is analysed exactly as
 * `analyze(text)` would.
 */
export async function analyzeInChunks(text: string, from: number, slicer: Slicer): Promise<SentenceRecord[]> {
  await warmUp(slicer);
  const out: SentenceRecord[] = [];
  let pos = from;
  while (pos < text.length) {
    const end = chunkEnd(text, pos);
    const ctx = pos === 0 ? 0 : contextStart(text, pos);
    for (const r of analyze(text.slice(ctx, end))) {
      const start = r.start + ctx;
      if (start < pos) continue;
      out.push({ ...r, start, end: r.end + ctx });
    }
    pos = end;
    if (pos < text.length) await slicer.pause();
  }
  return out;
}

let warm = false;

/**
 * The analyzer's first call pays for compiling its patterns and lexicons, tens of
 * milliseconds on a slow machine: paid on one short sentence in a slice of its
 * own, so the first real chunk does not carry it on top of its own work.
 */
async function warmUp(slicer: Slicer): Promise<void> {
  if (warm) return;
  warm = true;
  await slicer.maybePause();
  analyze('The mayor said on Monday that the plan, according to officials, was "alleged" to be wrong. He denied it.');
  await slicer.pause();
}

function chunkEnd(text: string, pos: number): number {
  if (text.length - pos <= CHUNK_CHARS) return text.length;
  const nl = text.indexOf('\n', pos + CHUNK_CHARS);
  if (nl !== -1 && nl - pos <= MAX_PARAGRAPH_CHARS) return nl;
  // One enormous paragraph: cut after a sentence end near the budget.
  const limit = Math.min(text.length, pos + MAX_PARAGRAPH_CHARS);
  const re = /[.!?]["”’)]?\s/g;
  re.lastIndex = pos + CHUNK_CHARS;
  const m = re.exec(text);
  return m && m.index < limit ? m.index + m[0].length - 1 : nl !== -1 ? Math.min(nl, limit) : limit;
}

/** The start of the earliest whole paragraph within CONTEXT_CHARS before `pos`. */
function contextStart(text: string, pos: number): number {
  const floor = pos - CONTEXT_CHARS;
  if (floor <= 0) return 0;
  const nl = text.indexOf('\n', floor);
  return nl === -1 || nl >= pos ? pos : nl + 1;
}
