/**
 * Word tokens with offsets, and the quote regions of a sentence. Linear scans.
 */

/** A word or punctuation mark of a sentence, with its offsets in that sentence. */
export interface Token {
  text: string;
  /** Lower case, without a final period unless the token is an abbreviation ("sen."). */
  lower: string;
  start: number;
  end: number;
  /** True when the token lies inside quotation marks. */
  quoted: boolean;
  /** True when the token starts with a capital letter (computed once: it is asked often). */
  cap: boolean;
}

// Words may hold inner periods ("U.S."), apostrophes, ampersands and hyphens.
// Two apostrophes or backticks ('' ``) are a double quotation mark in some wire copy.
// (A word never takes in a following '' : "''Today'' show" closes its quote.)
// Three apostrophes close a quote inside a quote ("''They say, 'go home,''' said
// Ms. Roe"): the inner single quote first, then the double one, so the quote
// closes just before the speaker.
const TOKEN = /'(?='')|''|``|[\p{L}\p{N}](?:[\p{L}\p{N}’&-]|'(?!')|\.(?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

const ABBREV = /^(?:\p{L}{1,4}|(?:\p{L}\.)+\p{L})\.$/u;
const KNOWN_WORD_WITH_PERIOD = /^(?:sen|sens|rep|reps|gov|lt|gen|col|cmdr|sgt|capt|maj|adm|prof|mr|mrs|ms|dr|rev|st|jr|sr|inc|corp|co|no|del|amb|supt|det|u\.s|u\.n|u\.k|e\.u|d\.c)\.$/i;

const OPEN_QUOTES = new Set(['“', '«']);

/**
 * Tokens of `s`. `startsQuoted` tells whether the sentence begins inside a quote
 * opened by an earlier sentence (a multi-sentence quote).
 */
export function tokenize(s: string, startsQuoted = false): Token[] {
  const out: Token[] = [];
  let quoted = startsQuoted;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const text = m[0];
    let lower = text.toLowerCase();
    // Keep the period of an abbreviation or an initial ("Sen.", "U.S.", "John D. Podesta").
    if (lower.length > 1 && lower.endsWith('.') && !(KNOWN_WORD_WITH_PERIOD.test(lower) || /^\p{Lu}\.$/u.test(text) || (ABBREV.test(text) && /\./.test(text.slice(0, -1))))) {
      lower = lower.slice(0, -1);
    }
    const start = m.index;
    if (text === '"' || text === "''" || text === '``') {
      // A straight quote opens when followed by a word and preceded by space/start.
      const prev = s[start - 1];
      const opening = !quoted && (prev === undefined || /[\s(\[—–-]/.test(prev));
      quoted = opening;
      out.push({ text: '"', lower: '"', start, end: start + text.length, quoted: true, cap: false });
      continue;
    }
    if (OPEN_QUOTES.has(text)) {
      quoted = true;
      out.push({ text, lower, start, end: start + 1, quoted: true, cap: false });
      continue;
    }
    if (text === '”' || text === '»') {
      quoted = false;
      out.push({ text, lower, start, end: start + 1, quoted: true, cap: false });
      continue;
    }
    const cap = lower !== text && text[0] !== lower[0];
    if (lower.length < text.length && text.endsWith('.') && !lower.endsWith('.')) {
      // A sentence-final period is punctuation, not part of the word ("Ward.").
      out.push({ text: text.slice(0, -1), lower, start, end: start + text.length - 1, quoted, cap });
      out.push({ text: '.', lower: '.', start: start + text.length - 1, end: start + text.length, quoted, cap: false });
      continue;
    }
    out.push({ text, lower, start, end: start + text.length, quoted, cap });
  }
  return out;
}

/** Whether a sentence leaves a quotation open at its end (a quote that runs on). */
export function endsInsideQuote(tokens: Token[], startsQuoted: boolean): boolean {
  let q = startsQuoted;
  for (const t of tokens) {
    if (t.text === '“' || t.text === '«') q = true;
    else if (t.text === '”' || t.text === '»') q = false;
    else if (t.text === '"') q = !q;
  }
  return q;
}

export const isCapitalized = (t: Token): boolean => t.cap;
export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
/** A token that opens a quotation: a double mark, or two apostrophes in wire copy. */
export const opensQuote = (t: Token): boolean => /^["“]$/.test(t.text) || t.text === "''";

/**
 * The index of the "(" that the ")" at `close` closes, looked for within `reach`
 * tokens and never at or before `floor`; -1 when there is none.
 */
export function openParenBefore(toks: Token[], close: number, floor: number, reach: number): number {
  let o = close;
  while (o > floor && close + 1 - o < reach && toks[o - 1].text !== '(') o--;
  return o > floor && toks[o - 1].text === '(' ? o - 1 : -1;
}
