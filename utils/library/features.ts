/**
 * Everything the matcher needs to know about one text, computed once: tokens,
 * content terms (with whether they were written as names), numbers, time
 * anchors and polarity. Claims cache their features; page sentences compute
 * theirs once per page.
 */
import { acronyms, tokenize, type Token } from './normalize';
import { numberFacts, timeFacts, type NumberFact, type TimeFacts } from './facts';
import { polarity, type Polarity } from './polarity';
import { attributionMask } from './attribution';

export interface TextFeatures {
  tokens: Token[];
  /** Content term → true when every occurrence was capitalised (a name). */
  terms: Map<string, boolean>;
  /** Content terms that occur only inside an attribution ("…, the sheriff said"). */
  attributed: Set<string>;
  /** Stems of all word tokens (content or not), for polarity head look-ups. */
  stems: Map<string, number[]>;
  /** Acronyms of the multi-word names in the text ("National Security Bureau" → "nsb"). */
  acronyms: Set<string>;
  numbers: NumberFact[];
  times: TimeFacts;
  polarity: Polarity;
}

/** Compute the features of one sentence or claim text. */
export function features(text: string): TextFeatures {
  const tokens = tokenize(text);
  const terms = new Map<string, boolean>();
  const stems = new Map<string, number[]>();
  const mask = attributionMask(tokens);
  const inClaim = new Set<string>();
  const attributed = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind === 'punct') return;
    if (t.term) {
      terms.set(t.term, (terms.get(t.term) ?? true) && t.cap);
      if (mask[i]) attributed.add(t.term);
      else inClaim.add(t.term);
    }
    const list = stems.get(t.stem);
    if (list) list.push(i);
    else stems.set(t.stem, [i]);
  });
  for (const t of inClaim) attributed.delete(t);
  return {
    tokens,
    terms,
    attributed,
    acronyms: new Set(acronyms(tokens)),
    stems,
    numbers: numberFacts(tokens),
    times: timeFacts(tokens),
    polarity: polarity(tokens),
  };
}
