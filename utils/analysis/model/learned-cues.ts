/**
 * Cue phrases learned from the labelled articles' own "cues" (the words annotators
 * said decided each sentence's status, LABELS.md): a phrase of one to three words
 * that decided a status often enough, and nearly always the same one ("reportedly"
 * → alleged, "probably" → speculative), becomes evidence for the status model.
 * Unlike a bag of every word (which memorised the articles, status-features.ts),
 * only the deciding words are counted, and `npm run eval` learns them on each
 * fold's training articles alone so the held-out figure stays honest.
 */
import type { Status } from '../types';
import { tokenize, type Token } from '../tokens';

/** Phrase (lower case, words joined by one space) → the status it decides. */
export type LearnedCues = Readonly<Record<string, Status>>;

export interface CueLearning {
  /** Longest phrase kept, in words. */
  maxWords: number;
  /** Sentences a phrase must have decided. */
  minCount: number;
  /** Share of those sentences that must carry its most frequent status. */
  minShare: number;
}

/** The phrases that decided one status in enough labelled sentences, sorted so the result is deterministic. */
export function learnCues(sentences: Iterable<{ status: Status; cues?: readonly string[] }>, opts: CueLearning): LearnedCues {
  const counts = new Map<string, Map<Status, number>>();
  for (const s of sentences) {
    for (const cue of new Set((s.cues ?? []).map(phraseOf))) {
      if (!cue || cue.split(' ').length > opts.maxWords) continue;
      const byStatus = counts.get(cue) ?? new Map<Status, number>();
      byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
      counts.set(cue, byStatus);
    }
  }
  const out: Record<string, Status> = {};
  for (const cue of [...counts.keys()].sort()) {
    const byStatus = [...counts.get(cue)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = byStatus.reduce((a, [, n]) => a + n, 0);
    const [status, n] = byStatus[0];
    if (total >= opts.minCount && n / total >= opts.minShare) out[cue] = status;
  }
  return out;
}

/** A cue as the sentence's tokens spell it (the same tokenizer), without quotation marks or punctuation at its ends. */
function phraseOf(cue: string): string {
  const words = tokenize(cue).map((t) => t.lower);
  let a = 0;
  let b = words.length;
  while (a < b && EDGE.test(words[a])) a++;
  while (b > a && EDGE.test(words[b - 1])) b--;
  return words.slice(a, b).join(' ');
}

// A token made of punctuation only ("“", ",", "''").
const EDGE = /^[^\p{L}\p{N}]+$/u;

export interface CueMatch {
  phrase: string;
  status: Status;
  /** The phrase starts inside a quotation: the speaker's word, not the author's. */
  quoted: boolean;
  /** Where the phrase lies in the tokens' text. */
  start: number;
  end: number;
}

/** Every learned phrase found in the sentence's tokens. */
export function findLearnedCues(tokens: readonly Token[], cues: LearnedCues, maxWords = 3): CueMatch[] {
  const out: CueMatch[] = [];
  for (let a = 0; a < tokens.length; a++) {
    let phrase = '';
    for (let b = a; b < tokens.length && b < a + maxWords; b++) {
      phrase = phrase ? `${phrase} ${tokens[b].lower}` : tokens[b].lower;
      const status = Object.hasOwn(cues, phrase) ? cues[phrase] : undefined;
      if (status) out.push({ phrase, status, quoted: tokens[a].quoted, start: tokens[a].start, end: tokens[b].end });
    }
  }
  return out;
}
