/**
 * Sentence boundaries as a careful reader of news sets them (LABELS.md "Unit").
 *
 * Why not textlint's sentence-splitter: measured on the news corpus it runs at about
 * 63,000 words/second (the analyzer's budget is 150,000 for everything), and it never
 * splits inside quotation marks, while a multi-sentence quote is several sentences
 * here. So this is a single left-to-right scan, linear in the text: every look-back
 * and look-ahead is bounded by a constant, so a 100,000-character sentence costs
 * the same per character as a short one.
 */
import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  PREFIX_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from './lexicon/abbreviations';

/** A sentence's half-open range [start, end) in JavaScript string offsets. */
export interface Span {
  start: number;
  end: number;
}

const CLOSERS = '"\'”’»)]}';
const OPENERS = '"\'“‘«([{';
const MAX_WORD = 24;
/** One to three capitalised words then a speech verb, ending the sentence. */
const SPEAKER_TAIL = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|asked|asks|added|adds|testified|wrote|writes|told|tells|explained|continued|recalled|replied|responded|insisted|noted)[.,]/u; // longest token we look back over; keeps the scan linear

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** The token (no spaces) ending just before `end`, at most MAX_WORD long. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < MAX_WORD && !isSpace(text[i - 1]) && !OPENERS.includes(text[i - 1])) i--;
  return text.slice(i, end);
}

/** Start of the line holding position p (bounded look-back; -1 when too far). */
function lineStartOf(text: string, p: number): number {
  let i = p;
  while (i > 0 && p - i < 4 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? i : -1;
}

/** The next word after position `from` (skipping spaces and opening quotes), bounded. */
function wordAfter(text: string, from: number, lineEnd: number): string {
  let i = from;
  while (i < lineEnd && (isSpace(text[i]) || OPENERS.includes(text[i]))) i++;
  let j = i;
  while (j < lineEnd && j - i < MAX_WORD && /[\p{L}\p{N}'’]/u.test(text[j])) j++;
  return text.slice(i, j);
}

/**
 * Decide whether the terminator run text[p..q) (". " / "?" / "…" plus closing quotes)
 * ends a sentence, given the first visible character `next` after it.
 */
function endsSentence(text: string, p: number, q: number, lineEnd: number): boolean {
  let k = q;
  while (k < lineEnd && isSpace(text[k])) k++;
  if (k === q) return false; // "1.5", "U.S.A", "Yahoo!Inc": no space, no boundary
  if (k >= lineEnd) return true;
  let next = text[k];
  // A straight quote standing apart ('ourselves? " she wrote') closes the quote.
  if (next === '"' && (k + 1 >= lineEnd || (isSpace(text[k + 1]) && !isUpper(text[k + 2] ?? 'a')))) return false;
  // A period followed by an ellipsis: "I come in humbly. ... I want to".
  if (next === '.' || next === '…') next = 'A';
  const nextWord = wordAfter(text, k, lineEnd);
  const opener = SENTENCE_OPENERS.has(nextWord.toLowerCase());
  // A sentence starts with a capital, a digit or an opening quote/bracket.
  if (!(isUpper(next) || isDigit(next) || OPENERS.includes(next) || next === '—' || next === '-')) {
    return false;
  }
  // '"Is it fair?" Schiff asked.' / '…about it.” Sanborn said.': a quote closed and
  // followed by its speaker and a speech verb is one sentence (LABELS.md direct quotes).
  if (q > p + 1 && CLOSERS.includes(text[q - 1]) && SPEAKER_TAIL.test(text.slice(k, k + 60))) return false;
  const mark = text[p];
  if (mark === '.' && !(p + 2 < lineEnd && text[p + 1] === '.')) {
    const word = wordBefore(text, p).replace(/^[^\p{L}\p{N}]+/u, '');
    const lower = word.toLowerCase();
    if (PREFIX_ABBREVIATIONS.has(lower)) return false;
    // A list number opening a line ("2. Never urged Ukraine…") is part of that line.
    if (/^\d{1,2}$/.test(word) && p - word.length === lineStartOf(text, p)) return false;
    if ((MONTH_ABBREVIATIONS.has(lower) || NUMBER_ABBREVIATIONS.has(lower)) && isDigit(next)) return false;
    // Initials "John F. Kennedy", "J.K. Rowling": one capital letter (maybe after others).
    if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return opener;
    if (AMBIGUOUS_ABBREVIATIONS.has(lower)) return opener || next === '"' || next === '“';
  } else if (mark === '…' || mark === '.') {
    // "humbly. ... I want", or an ellipsis opening the text: the ellipsis opens what follows.
    if (p === 0 || isSpace(text[p - 1])) return false;
    // An ellipsis inside a quote usually marks an omission, not an ending.
    return opener;
  }
  return true;
}

/**
 * Split `text` into sentence spans. Line breaks always end a sentence (a heading or
 * dateline line is its own sentence); whitespace-only stretches are skipped; spans
 * are trimmed of surrounding whitespace.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart;
    while (lineEnd < n && text[lineEnd] !== '\n' && text[lineEnd] !== '\r' && text[lineEnd] !== '\u2028' && text[lineEnd] !== '\u2029') lineEnd++;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: Span[]): void {
  let sentStart = lineStart;
  let i = lineStart;
  while (i < lineEnd) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') {
      i++;
      continue;
    }
    const p = i;
    let q = i + 1;
    while (q < lineEnd && '.!?…'.includes(text[q])) q++;
    while (q < lineEnd && CLOSERS.includes(text[q])) q++;
    if (endsSentence(text, p, q, lineEnd)) {
      pushTrimmed(text, sentStart, q, out);
      sentStart = q;
    }
    i = q;
  }
  pushTrimmed(text, sentStart, lineEnd, out);
}
