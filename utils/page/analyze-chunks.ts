import { analyze } from '../analysis';
import type { SentenceRecord } from '../analysis/types';
import type { Slicer } from './schedule';

/**
 * Characters analysed per slice: a few milliseconds of analyzer time. Fixed, not
 * tuned to the machine's speed, so the same page always gives the same report.
 */
export const CHUNK_CHARS = 1500;
/** Whole paragraphs before a chunk, analysed again so quotes and names carry over. */
const CONTEXT_CHARS = 800;
/** A paragraph longer than four chunks is cut at a sentence end rather than analysed whole. */
const PARAGRAPH_CHUNKS = 4;

/**
 * Analyses `text` from offset `from` (a paragraph start) to the end in chunks of
 * whole paragraphs, yielding between chunks once the slice's budget is spent. Each chunk is analysed with the
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
    const end = chunkEnd(text, pos, CHUNK_CHARS);
    const ctx = pos === 0 ? 0 : contextStart(text, pos);
    for (const r of analyze(text.slice(ctx, end))) {
      const start = r.start + ctx;
      if (start < pos) continue;
      out.push({ ...r, start, end: r.end + ctx });
    }
    pos = end;
    // Chunks are cut the same way on every machine (the report never depends on
    // speed); only where the run yields does: after the slice's time budget, so a
    // fast machine runs several chunks per slice instead of yielding after each.
    if (pos < text.length) await slicer.maybePause();
  }
  return out;
}

let warm = false;

/** A short passage that walks the analyzer's main paths: cues, quotes, pronouns, hedges, denials. */
const WARM_UP = [
  'The mayor said on Monday that the plan was sound, according to two officials.',
  '"We will finish the bridge," she told reporters. "It is safe."',
  'Police alleged the firm may have hidden costs, but the company denied it, reportedly.',
  'Experts believe prices could rise. Critics called the deal a disaster.',
].join('\n');

/**
 * The analyzer's first call pays for compiling its patterns and lexicons, tens of
 * milliseconds on a slow machine: paid on one short sentence in a slice of its
 * own, so the first real chunk does not carry it on top of its own work.
 */
async function warmUp(slicer: Slicer): Promise<void> {
  if (warm) return;
  warm = true;
  await slicer.maybePause();
  analyze(WARM_UP);
  await slicer.pause();
}

function chunkEnd(text: string, pos: number, size: number): number {
  if (text.length - pos <= size) return text.length;
  const nl = text.indexOf('\n', pos + size);
  if (nl !== -1 && nl - pos <= size * PARAGRAPH_CHUNKS) return nl;
  // One enormous paragraph: cut after a sentence end near the budget.
  const limit = Math.min(text.length, pos + size * PARAGRAPH_CHUNKS);
  const re = /[.!?]["”’)]?\s/g;
  re.lastIndex = pos + size;
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
