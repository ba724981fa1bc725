/**
 * Turns a sentence into comparable tokens: lower-cased, stemmed, synonyms and
 * country names folded, numbers parsed, names (capitalised words) flagged and
 * clause boundaries numbered. Everything downstream (the inverted index and
 * every matching signal) works on these tokens, so two restatements of one
 * claim meet on the same terms however they are written.
 */
import { stem } from './stem';
import {
  ATTRIBUTION_WORDS, FUNCTION_WORDS, GAZETTEER, MAGNITUDES, NUMBER_WORDS, SYNONYMS, UNIT_PHRASES,
} from './lexicon';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Surface form after pre-normalisation. */
  raw: string;
  /** Lower-cased surface form. */
  low: string;
  /** Stem of the (folded) word; for numbers, `#<value>`. */
  stem: string;
  /**
   * Content term used for overlap: the stem for content words and numbers, ''
   * for function words, reporting verbs, hedges and punctuation.
   */
  term: string;
  kind: TokenKind;
  /** Capitalised inside the sentence (or an acronym): part of a name. */
  cap: boolean;
  /** Clause number; commas, semicolons, colons, dashes, brackets and quotes start a new clause. */
  clause: number;
  /** Numeric value for `num` tokens. */
  value?: number;
}

/** Folding table: any synonym or country alias → one canonical stem. */
const FOLD = new Map<string, string>();
for (const group of SYNONYMS) {
  const canon = stem(group[0]);
  for (const w of group) FOLD.set(w, canon);
}
for (const [country, aliases] of Object.entries(GAZETTEER)) {
  const canon = country.replace(/ /g, '_');
  FOLD.set(country.replace(/ /g, ''), canon);
  if (!country.includes(' ')) FOLD.set(country, canon);
  for (const a of aliases) FOLD.set(a.replace(/\./g, ''), canon);
}
/** Aliases that are also everyday lower-case words count only when written in capitals. */
const CAPS_ONLY_ALIASES = new Set(['us', 'uk']);

/** Canonical stem of one lower-case word (synonyms, countries, demonyms folded). */
export function canonical(low: string, raw = low): string {
  if (CAPS_ONLY_ALIASES.has(low) && raw !== raw.toUpperCase()) return stem(low);
  const folded = FOLD.get(low);
  if (folded) return folded;
  // Demonyms not in the gazetteer ("Lithuanian" → "Lithuania"): names only.
  if (/^[A-Z]/.test(raw) && /[^aeiou]ian$|[^aeiou]an$/.test(low) && low.length > 5) {
    const base = low.slice(0, -1);
    if (base.endsWith('a')) return base;
  }
  return stem(low);
}

const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '"', '.', '!', '?']);
const SENTENCE_END = new Set(['.', '!', '?']);

/** Text-level rewrites done before tokenising, each a spelling variant of the same thing. */
function preNormalize(text: string): string {
  let t = text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\u00A0/g, ' ');
  // Contractions: the negation must survive as its own token.
  t = t.replace(/\b(c)an'?t\b/gi, '$1an not').replace(/\b(w)on't\b/gi, '$1ill not')
    .replace(/\b(\w+)n't\b/gi, '$1 not');
  // Possessives: "Dunmore's campaign" and "the Dunmore campaign" name the same thing.
  t = t.replace(/(\w)'s\b/g, '$1').replace(/(\w)s'(?=\s)/g, '$1s');
  // Dotted acronyms ("U.S.") become one token.
  t = t.replace(/\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g, (_m, a, b, c) => a + b + (c ?? ''));
  // Shorthand magnitudes: "$350M" = "$350 million".
  t = t.replace(/(\d)\s?(bn|mn|[MBK])\b/g, (_m, d, u: string) =>
    `${d} ${u.toLowerCase().startsWith('b') ? 'billion' : u.toLowerCase().startsWith('k') ? 'thousand' : 'million'}`);
  t = t.replace(/%/g, ' percent');
  for (const [re, to] of UNIT_PHRASES) t = t.replace(re, to);
  return t;
}

const TOKEN_RE = /\$|\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+(?:'[A-Za-z]+)?|[-–—]|[.,;:!?()"]/g;

/**
 * Tokenise a sentence. Numbers (digits or words, with magnitudes) become one
 * `num` token each; hyphenated words are split so "state-backed" meets
 * "backed by the state".
 */
export function tokenize(text: string): Token[] {
  const src = preNormalize(text);
  const out: Token[] = [];
  let clause = 0;
  let sentenceStart = true;
  for (const m of src.matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (CLAUSE_BREAK.has(raw) || raw === '-' || raw === '$') {
      if (raw !== '-' && raw !== '$') clause++;
      out.push({ raw, low: raw, stem: raw, term: '', kind: 'punct', cap: false, clause });
      if (SENTENCE_END.has(raw) || raw === '"' || raw === ':') sentenceStart = true;
      continue;
    }
    if (/^\d/.test(raw)) {
      const ordinal = /(st|nd|rd|th)$/.test(raw);
      const value = Number(raw.replace(/,|st$|nd$|rd$|th$/g, ''));
      out.push({ raw, low: raw, stem: `#${value}`, term: `#${value}`, kind: 'num', cap: ordinal, clause, value });
      sentenceStart = false;
      continue;
    }
    const low = raw.toLowerCase().replace(/'.*$/, '');
    const isAcronym = raw.length >= 2 && raw.length <= 6 && raw === raw.toUpperCase();
    const cap = /^[A-Z]/.test(raw) && (!sentenceStart || isAcronym);
    const st = isAcronym ? low : canonical(low, raw);
    const content = !FUNCTION_WORDS.has(low) && !ATTRIBUTION_WORDS.has(low) && low.length > 1;
    out.push({ raw, low, stem: st, term: content ? st : '', kind: 'word', cap, clause });
    sentenceStart = false;
  }
  return mergeNumbers(out);
}

/** Merge number words and magnitudes: "forty" → 40, "twenty five" → 25, "1.2 billion" → 1.2e9. */
function mergeNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined = t.kind === 'num' ? t.value : NUMBER_WORDS[t.low];
    if (value === undefined || (t.kind === 'word' && t.low === 'hundred')) {
      out.push(t);
      continue;
    }
    let j = i + 1;
    // "twenty five" / "twenty-five"
    if (t.kind === 'word' && value >= 20 && value % 10 === 0) {
      let k = j;
      if (tokens[k]?.raw === '-') k++;
      const unit = NUMBER_WORDS[tokens[k]?.low ?? ''];
      if (unit !== undefined && unit < 10) { value += unit; j = k + 1; }
    }
    // "three hundred", "4 million"
    while (j < tokens.length && tokens[j].kind === 'word' && MAGNITUDES[tokens[j].low] !== undefined
      && !(tokens[j].low.length === 1 && tokens[j].raw === tokens[j].low)) {
      value *= MAGNITUDES[tokens[j].low];
      j++;
    }
    value = Math.round(value * 1000) / 1000;
    out.push({ ...t, kind: 'num', value, stem: `#${value}`, term: `#${value}` });
    i = j - 1;
  }
  return out;
}

/** Content terms of a text (unique), for indexing. */
export function contentTerms(tokens: Token[]): string[] {
  const set = new Set<string>();
  for (const t of tokens) if (t.term) set.add(t.term);
  for (const a of acronyms(tokens)) set.add(a);
  return [...set];
}

const NAME_GLUE = new Set(['of', 'and', 'for', '&', 'the']);

/**
 * Acronyms of multi-word names: "National Security Bureau" also yields "nsb",
 * so a later "the NSB said" meets it. Short forms are how news writes names
 * the second time.
 */
export function acronyms(tokens: Token[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(run.join('').toLowerCase());
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const capital = t.kind === 'word' && /^[A-Z][a-z]/.test(t.raw) && !FUNCTION_WORDS.has(t.low);
    if (capital) run.push(t.raw[0]);
    else if (run.length && NAME_GLUE.has(t.low) && /^[A-Z]/.test(tokens[i + 1]?.raw ?? '')) continue;
    else flush();
  }
  flush();
  return out;
}
