/**
 * The attribution tagger's spans (attribution-tagger.ts, learned from PolNeAR) read
 * sentence by sentence: which cue, source and content fall in each sentence, and,
 * for a sentence that is reported content, whose source the content belongs to —
 * which may sit in another sentence (a quote that runs on, "…," she said later).
 * The tagger gives spans without links, so a content span is linked to the nearest
 * cue at its edges, and that cue to the nearest source: the order news prose uses
 * ("X said Y", "Y, X said", "“Y,” said X").
 */
import type { Attributions, Span } from './attribution-tagger';

/** What the tagger says of one sentence. */
export interface TaggedSentence {
  /** The first cue inside the sentence, as written. */
  cue: string | null;
  /** A source span inside the sentence. */
  hasSource: boolean;
  /** Share of the sentence's characters inside content spans, 0–1. */
  content: number;
  /** The source of the content covering most of the sentence, with its cue; may lie outside the sentence. */
  linked: { source: Span; cue: Span } | null;
}

/** How far (in characters) a cue may sit from the content it introduces, and a source from its cue. */
const REACH = 80;

const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** Index of the first span (sorted by start, not overlapping) that ends after `at`. */
function firstEndingAfter(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span nearest to `to` within `within` characters; spans are sorted, so only the neighbours of `to` are looked at. */
function nearest(spans: Span[], to: Span, within: number): Span | null {
  let best: Span | null = null;
  let d = within + 1;
  const i = firstEndingAfter(spans, to.start - within - 1);
  for (let k = i; k < spans.length && spans[k].start <= to.end + within; k++) {
    const g = gap(spans[k], to);
    if (g < d) (d = g), (best = spans[k]);
  }
  return best;
}

/** The spans of `spans` that overlap [start, end). */
function* overlapping(spans: Span[], start: number, end: number): Generator<Span> {
  for (let k = firstEndingAfter(spans, start); k < spans.length && spans[k].start < end; k++) yield spans[k];
}

export function tagSentences(text: string, spans: Attributions, sentences: Span[]): TaggedSentence[] {
  const linkOf = new Map<Span, { source: Span; cue: Span } | null>();
  for (const c of spans.contents) {
    const cue = nearest(spans.cues, c, REACH);
    const source = cue ? nearest(spans.sources, cue, REACH) : null;
    linkOf.set(c, cue && source ? { source, cue } : null);
  }
  return sentences.map((s) => {
    const inside = (x: Span) => x.start >= s.start && x.end <= s.end;
    let cue: Span | null = null;
    for (const x of overlapping(spans.cues, s.start, s.end)) if (inside(x)) { cue = x; break; }
    let hasSource = false;
    for (const x of overlapping(spans.sources, s.start, s.end)) if (inside(x)) { hasSource = true; break; }
    let covered = 0;
    let top: Span | null = null;
    let topCover = 0;
    for (const c of overlapping(spans.contents, s.start, s.end)) {
      const o = Math.min(c.end, s.end) - Math.max(c.start, s.start);
      covered += o;
      if (o > topCover) (topCover = o), (top = c);
    }
    return {
      cue: cue ? text.slice(cue.start, cue.end) : null,
      hasSource,
      content: Math.min(1, covered / Math.max(1, s.end - s.start)),
      linked: top ? (linkOf.get(top) ?? null) : null,
    };
  });
}
