import type { SentenceRecord } from './analysis/types';
import type { SeenBefore } from './library/seen-before';

/**
 * What the content script knows about its page, in the shape the popup renders.
 * A discriminated union so every state the reader can meet has its own message
 * (LABELS-independent; this is the product's contract between page and popup).
 */
export type PageReport =
  | {
      state: 'article';
      url: string;
      title: string | null;
      language: string | null;
      /** The extracted article text; sentence offsets index into it. */
      text: string;
      sentences: SentenceRecord[];
      /** Sentences that restate a claim from the reader's claim library (absent until the background answered). */
      seenBefore?: SeenBefore[];
    }
  | {
      state: 'not-article';
      url: string;
      reason: string;
      /** The reader asked to read the page anyway and there was still nothing to read (the popup offers it no more). */
      anyway?: boolean;
    }
  | { state: 'unsupported-language'; url: string; language: string }
  | { state: 'error'; url: string; message: string };

/** The claim sentences of a report, with their index in `sentences` kept for scrolling. */
export function claimsOf(sentences: SentenceRecord[]): { index: number; sentence: SentenceRecord }[] {
  const out: { index: number; sentence: SentenceRecord }[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.status !== 'none') out.push({ index, sentence });
  });
  return out;
}
