import { analyze, type SentenceRecord } from '../../../utils/analysis/index';

/** The record of the sentence that contains `needle`, analysing `text` as one article. */
export function recordOf(text: string, needle: string): SentenceRecord {
  const r = analyze(text).find((x) => x.text.includes(needle));
  if (!r) throw new Error(`no sentence contains ${needle}`);
  return r;
}

/** The single sentence's record for a one-sentence text. */
export const one = (text: string): SentenceRecord => recordOf(text, text.trim().slice(0, 12));
