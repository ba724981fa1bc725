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

/** No learned phrases (a model trained without them, or none given). */
export const NO_CUES: LearnedCues = Object.freeze({});

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

/** Every learned phrase found in the sentence's tokens, in textual order. */
export function findLearnedCues(tokens: readonly Token[], cues: LearnedCues): CueMatch[] {
  const byFirst = indexOf(cues);
  const out: CueMatch[] = [];
  for (let a = 0; a < tokens.length; a++) {
    // One map probe per token: almost no word starts a learned phrase.
    const candidates = byFirst.get(tokens[a].lower);
    if (!candidates) continue;
    for (const { words, phrase, status } of candidates) {
      if (a + words.length > tokens.length) continue;
      let k = 1;
      while (k < words.length && tokens[a + k].lower === words[k]) k++;
      if (k === words.length) out.push({ phrase, status, quoted: tokens[a].quoted, start: tokens[a].start, end: tokens[a + k - 1].end });
    }
  }
  return out;
}

type Candidate = { words: string[]; phrase: string; status: Status };
const INDEX = new WeakMap<LearnedCues, Map<string, Candidate[]>>();

/** The phrases by their first word, built once per set of learned cues. */
function indexOf(cues: LearnedCues): Map<string, Candidate[]> {
  let index = INDEX.get(cues);
  if (index) return index;
  index = new Map();
  for (const [phrase, status] of Object.entries(cues)) {
    const words = phrase.split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, phrase, status });
    index.set(words[0], list);
  }
  // Shorter phrases first, as the scan by length found them.
  for (const list of index.values()) list.sort((x, y) => x.words.length - y.words.length);
  INDEX.set(cues, index);
  return index;
}
