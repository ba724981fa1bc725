/**
 * Token features of the attribution tagger, as data: per-token columns of atoms
 * (word, lemma, part of speech, quote state, …) and templates that combine atoms at
 * offsets. Training names a feature `template=atom|atom`; inference turns atoms into
 * numbers once per token and combines them arithmetically, so tagging hashes no new
 * strings. One definition serves both, so they cannot drift apart.
 */
import lexicon from './data/cue-lexicon.json';
import type { PosToken } from './pos';

interface LexEntry {
  p: number;
  class: string;
}
const CUE_WORDS = new Map<string, LexEntry>(Object.entries(lexicon.words as Record<string, LexEntry>));

/** A lemma at or above this cue probability anchors the distance features. */
const STRONG_CUE = 0.3;

const pBucket = (p: number): string => (p >= 0.7 ? '7' : p >= 0.5 ? '5' : p >= 0.3 ? '3' : p >= 0.15 ? '2' : p >= 0.05 ? '1' : '0');
const distBucket = (d: number): string => (d < 0 ? 'no' : d <= 3 ? String(d) : d <= 6 ? '4-6' : d <= 12 ? '7-12' : '13+');
const posBucket = (i: number): string => (i <= 2 ? String(i) : i <= 5 ? '3-5' : i <= 10 ? '6-10' : '11+');

function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code (the hot path), the rest by Unicode class.
    const c =
      code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
    if (out.length >= 5) break;
  }
  return out;
}

const OPENING = new Set(['“', '‘', '«']);
const CLOSING = new Set(['”', '’', '»']);
const END = /^[.!?]+$/;

/** Per-token context computed once for the whole text. */
export interface Context {
  n: number;
  sentStart: Int32Array;
  lower: string[];
  lemma: string[];
  pos: string[];
  cue: (LexEntry | undefined)[];
  quoted: Uint8Array;
  sentPos: Int32Array;
  left: Int32Array;
  right: Int32Array;
  newline: Uint8Array;
}

export function readContext(text: string, tokens: PosToken[]): Context {
  const n = tokens.length;
  const lower = new Array<string>(n), lemma = new Array<string>(n), pos = new Array<string>(n);
  const cue = new Array<LexEntry | undefined>(n);
  const quoted = new Uint8Array(n), newline = new Uint8Array(n);
  const sentPos = new Int32Array(n), left = new Int32Array(n), right = new Int32Array(n);
  const sentStart = new Int32Array(n);
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    lower[i] = t.text.toLowerCase();
    lemma[i] = (t.lemma ?? lower[i]).toLowerCase().replace(/’/g, "'");
    pos[i] = t.pos;
    cue[i] = CUE_WORDS.get(lemma[i]);
    const gap = i > 0 ? text.slice(tokens[i - 1].end, t.start) : '';
    if (gap.includes('\n')) {
      newline[i] = 1;
      // A quote that runs on reopens in the next paragraph, so a break closes it.
      inQuote = false;
    }
    const prev = i > 0 ? tokens[i - 1].text : '';
    const prev2 = i > 1 ? tokens[i - 2].text : '';
    const first = t.text[0];
    const capital = /[\p{Lu}\p{N}“"‘']/u.test(first);
    if (i === 0 || newline[i] || (capital && (END.test(prev) || ((CLOSING.has(prev) || prev === '"' || prev === ')') && END.test(prev2))))) start = i;
    sentStart[i] = start;
    sentPos[i] = i - start;
    // Straight quotes open after a space or at a line start and close elsewhere.
    if (OPENING.has(t.text) || (t.text === '"' && (i === 0 || /\s$/.test(gap) || gap === '' && /[([{—–-]$/.test(prev)))) {
      inQuote = true;
      quoted[i] = 1;
    } else if (CLOSING.has(t.text) && t.text !== '’' || t.text === '"') {
      quoted[i] = 1;
      inQuote = false;
    } else quoted[i] = inQuote ? 1 : 0;
  }
  // Distance to the nearest strong cue word in the same sentence, on each side.
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (sentStart[i] === i) last = -1;
    left[i] = last < 0 ? -1 : i - last;
    if ((cue[i]?.p ?? 0) >= STRONG_CUE) last = i;
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = next < 0 ? -1 : next - i;
    if ((cue[i]?.p ?? 0) >= STRONG_CUE) next = i;
    if (sentStart[i] === i) next = -1;
  }
  return { n, sentStart, lower, lemma, pos, cue, quoted, sentPos, left, right, newline };
}

/** Atom columns of a text: one string per token in each. */
export type Columns = Record<string, string[]>;

/** A feature template: the columns it reads, each at an offset from the token. */
export interface Template {
  name: string;
  parts: readonly (readonly [column: string, offset: number])[];
}

const t = (name: string, ...parts: [string, number][]): Template => ({ name, parts });

/** Read from the text alone; used by all three layers. */
export const BASE_TEMPLATES: Template[] = [
  t('b', ['bias', 0]),
  t('w', ['lower', 0]), t('l', ['lemma', 0]), t('p', ['pos', 0]), t('s', ['shape', 0]), t('x', ['suffix', 0]),
  t('w-1', ['lower', -1]), t('w+1', ['lower', 1]), t('w-2', ['lower', -2]), t('w+2', ['lower', 2]),
  t('p-1', ['pos', -1]), t('p+1', ['pos', 1]), t('p-2', ['pos', -2]), t('p+2', ['pos', 2]),
  t('pp', ['pos', -1], ['pos', 0]), t('pn', ['pos', 0], ['pos', 1]),
  t('ppp', ['pos', -2], ['pos', -1], ['pos', 0]), t('pnn', ['pos', 0], ['pos', 1], ['pos', 2]),
  t('ll', ['lemma', -1], ['lemma', 0]), t('ln', ['lemma', 0], ['lemma', 1]),
  t('c', ['cue', 0]), t('c-1', ['cue', -1]), t('c+1', ['cue', 1]), t('c-2', ['cue', -2]), t('c+2', ['cue', 2]),
  t('cp', ['cue', 0], ['pos', 0]),
  t('q', ['quote', 0]), t('qp', ['quote', 0], ['pos', 0]),
  t('sp', ['sentPos', 0]), t('spp', ['sentPos', 0], ['pos', 0]),
  t('cl', ['cueLeft', 0]), t('cr', ['cueRight', 0]), t('clr', ['cueLeft', 0], ['cueRight', 0]),
  t('clq', ['cueLeft', 0], ['quote', 0]), t('crq', ['cueRight', 0], ['quote', 0]),
  t('clp', ['cueLeft', 0], ['pos', 0]), t('crp', ['cueRight', 0], ['pos', 0]),
  t('nl', ['newline', 0]),
];

/** Read from the decoded cue layer as well; used by the source and content layers. */
export const CUE_TEMPLATES: Template[] = [
  t('k', ['inCue', 0]),
  t('kd', ['toCueLeft', 0], ['toCueRight', 0]),
  t('kdq', ['toCueLeft', 0], ['toCueRight', 0], ['quote', 0]),
  t('kdp', ['toCueLeft', 0], ['toCueRight', 0], ['pos', 0]),
  t('kl', ['cueLemmaLeft', 0]), t('kr', ['cueLemmaRight', 0]),
  t('klp', ['cueLemmaLeft', 0], ['pos', 0]), t('krp', ['cueLemmaRight', 0], ['pos', 0]),
  t('ka', ['anyCueLeft', 0], ['anyCueRight', 0], ['quote', 0]),
  t('kn', ['inCue', -1], ['inCue', 0], ['inCue', 1]),
  t('knp', ['inCue', -1], ['inCue', 1], ['pos', 0]),
  t('ksp', ['toCueLeft', 0], ['sentPos', 0]),
];

export const BEFORE = '<s>', AFTER = '</s>';

/** The atom of `column` at token i + offset (a boundary mark outside the text). */
export function atomAt(cols: Columns, column: string, i: number): string {
  const col = cols[column];
  return i < 0 ? BEFORE : i >= col.length ? AFTER : col[i];
}

/** The columns of BASE_TEMPLATES, and the context CUE_TEMPLATES' columns need. */
export function baseColumns(text: string, tokens: PosToken[]): { cols: Columns; ctx: Context } {
  const c = readContext(text, tokens);
  const n = c.n;
  const cols: Columns = {
    bias: new Array<string>(n).fill(''),
    lower: c.lower,
    lemma: c.lemma,
    pos: c.pos,
    shape: tokens.map((x) => shape(x.text)),
    suffix: c.lower.map((w) => (w.length > 3 ? w.slice(-3) : w)),
    cue: c.cue.map((e) => (e ? e.class + pBucket(e.p) : '-')),
    quote: Array.from(c.quoted, (q) => (q ? 'q' : 'u')),
    sentPos: Array.from(c.sentPos, posBucket),
    cueLeft: Array.from(c.left, distBucket),
    cueRight: Array.from(c.right, distBucket),
    newline: Array.from(c.newline, (x) => (x ? '1' : '0')),
  };
  return { cols, ctx: c };
}

const far = (d: number): string => (d < 0 ? 'no' : d <= 5 ? 'near' : d <= 15 ? 'mid' : d <= 40 ? 'far' : 'away');

/**
 * Columns that read the cue layer already decoded (`cue[i]` non-zero inside a cue):
 * where a source or a content lies is best told from where the cues are. Adds them
 * to `cols`.
 */
export function addCueColumns(cols: Columns, c: Context, cue: ArrayLike<number>): void {
  const n = c.n;
  const toCueLeft = new Array<string>(n), toCueRight = new Array<string>(n);
  const anyCueLeft = new Array<string>(n), anyCueRight = new Array<string>(n);
  const cueLemmaLeft = new Array<string>(n), cueLemmaRight = new Array<string>(n);
  let last = -1, lastAny = -1, lastLemma = '-';
  for (let i = 0; i < n; i++) {
    if (c.sentStart[i] === i) { last = -1; lastLemma = '-'; }
    toCueLeft[i] = distBucket(last < 0 ? -1 : i - last);
    anyCueLeft[i] = far(lastAny < 0 ? -1 : i - lastAny);
    cueLemmaLeft[i] = lastLemma;
    if (cue[i]) { last = i; lastAny = i; if (cue[i] === 1 || lastLemma === '-') lastLemma = c.lemma[i]; }
  }
  let next = -1, nextAny = -1, nextLemma = '-';
  for (let i = n - 1; i >= 0; i--) {
    toCueRight[i] = distBucket(next < 0 ? -1 : next - i);
    anyCueRight[i] = far(nextAny < 0 ? -1 : nextAny - i);
    cueLemmaRight[i] = nextLemma;
    if (cue[i]) { next = i; nextAny = i; nextLemma = c.lemma[i]; }
    if (c.sentStart[i] === i) { next = -1; nextLemma = '-'; }
  }
  Object.assign(cols, {
    inCue: Array.from({ length: n }, (_, i) => (cue[i] ? 'k' : '-')),
    toCueLeft, toCueRight, anyCueLeft, anyCueRight, cueLemmaLeft, cueLemmaRight,
  });
}

/** Training's view: each token's feature names, token by token, templates in order. */
export function featureNames(cols: Columns, templates: Template[], n: number, emit: (i: number, name: string) => void): void {
  for (let i = 0; i < n; i++)
    for (const tp of templates) {
      let v = tp.name + '=';
      tp.parts.forEach(([col, off], k) => (v += (k ? '|' : '') + atomAt(cols, col, i + off)));
      emit(i, v);
    }
}
