/**
 * Token features of the attribution tagger. One function serves training
 * (scripts/train-attribution.ts) and inference (attribution-tagger.ts), so the two
 * can never drift apart.
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

/**
 * Feature templates. A feature is a template and a value; its name in the weight file
 * is `template=value`. Inference looks values up per template, so the strings it
 * hashes are mostly the tokens' own (whose hashes the engine keeps), not new ones.
 */
export const TEMPLATES = ['w', 'l', 'p', 's', 'x', 'w-1', 'w+1', 'w-2', 'w+2', 'p-1', 'p+1', 'p-2', 'p+2', 'pp', 'pn', 'ppp', 'pnn', 'll', 'ln', 'c', 'c-1', 'c+1', 'c-2', 'c+2', 'cp', 'q', 'qp', 'sp', 'spp', 'cl', 'cr', 'clr', 'clq', 'crq', 'clp', 'crp', 'nl', 'k', 'kd', 'kdq', 'kdp', 'kl', 'kr', 'klp', 'krp', 'ka', 'kn', 'knp', 'ksp', 'b'];

/**
 * Feature strings of every token of `tokens` (the tokenization `c` was read from),
 * handed to `emit(i, template, value)` in a fixed order.
 */
export function tokenFeatures(c: Context, tokens: PosToken[], emit: (i: number, template: number, value: string) => void): void {
  const n = tokens.length;
  const W = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : c.lower[i]);
  const P = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : c.pos[i]);
  const L = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : c.lemma[i]);
  const C = (i: number): string => {
    const e = i >= 0 && i < n ? c.cue[i] : undefined;
    return e ? e.class + pBucket(e.p) : '-';
  };
  for (let i = 0; i < n; i++) {
    const w = c.lower[i];
    const q = c.quoted[i] ? 'q' : 'u';
    const sp = posBucket(c.sentPos[i]);
    const cl = distBucket(c.left[i]);
    const cr = distBucket(c.right[i]);
    emit(i, 49 /* b */, '');
    emit(i, 0 /* w */, w);
    emit(i, 1 /* l */, c.lemma[i]);
    emit(i, 2 /* p */, c.pos[i]);
    emit(i, 3 /* s */, shape(tokens[i].text));
    emit(i, 4 /* x */, (w.length > 3 ? w.slice(-3) : w));
    emit(i, 5 /* w-1 */, W(i - 1));
    emit(i, 6 /* w+1 */, W(i + 1));
    emit(i, 7 /* w-2 */, W(i - 2));
    emit(i, 8 /* w+2 */, W(i + 2));
    emit(i, 9 /* p-1 */, P(i - 1));
    emit(i, 10 /* p+1 */, P(i + 1));
    emit(i, 11 /* p-2 */, P(i - 2));
    emit(i, 12 /* p+2 */, P(i + 2));
    emit(i, 13 /* pp */, P(i - 1) + '|' + c.pos[i]);
    emit(i, 14 /* pn */, c.pos[i] + '|' + P(i + 1));
    emit(i, 15 /* ppp */, P(i - 2) + '|' + P(i - 1) + '|' + c.pos[i]);
    emit(i, 16 /* pnn */, c.pos[i] + '|' + P(i + 1) + '|' + P(i + 2));
    emit(i, 17 /* ll */, L(i - 1) + '|' + c.lemma[i]);
    emit(i, 18 /* ln */, c.lemma[i] + '|' + L(i + 1));
    emit(i, 19 /* c */, C(i));
    emit(i, 20 /* c-1 */, C(i - 1));
    emit(i, 21 /* c+1 */, C(i + 1));
    emit(i, 22 /* c-2 */, C(i - 2));
    emit(i, 23 /* c+2 */, C(i + 2));
    emit(i, 24 /* cp */, C(i) + '|' + c.pos[i]);
    emit(i, 25 /* q */, q);
    emit(i, 26 /* qp */, q + '|' + c.pos[i]);
    emit(i, 27 /* sp */, sp);
    emit(i, 28 /* spp */, sp + '|' + c.pos[i]);
    emit(i, 29 /* cl */, cl);
    emit(i, 30 /* cr */, cr);
    emit(i, 31 /* clr */, cl + '|' + cr);
    emit(i, 32 /* clq */, cl + '|' + q);
    emit(i, 33 /* crq */, cr + '|' + q);
    emit(i, 34 /* clp */, cl + '|' + c.pos[i]);
    emit(i, 35 /* crp */, cr + '|' + c.pos[i]);
    emit(i, 36 /* nl */, c.newline[i] ? '1' : '0');
  }
}

const far = (d: number): string => (d < 0 ? 'no' : d <= 5 ? 'near' : d <= 15 ? 'mid' : d <= 40 ? 'far' : 'away');

/**
 * Features that read the cue layer already decoded (`cue[i]` non-zero inside a cue):
 * where a source or a content lies is best told from where the cues are. Used by the
 * source and content layers only.
 */
export function cueFeatures(c: Context, cue: ArrayLike<number>, emit: (i: number, template: number, value: string) => void): void {
  const n = c.n;
  // Per token: nearest cue token before and after it in the sentence, and anywhere.
  const left = new Int32Array(n), right = new Int32Array(n), anyL = new Int32Array(n), anyR = new Int32Array(n);
  const leftLemma = new Array<string>(n), rightLemma = new Array<string>(n);
  let last = -1, lastAny = -1, lastLemma = '-';
  for (let i = 0; i < n; i++) {
    if (c.sentStart[i] === i) { last = -1; lastLemma = '-'; }
    left[i] = last < 0 ? -1 : i - last;
    anyL[i] = lastAny < 0 ? -1 : i - lastAny;
    leftLemma[i] = lastLemma;
    if (cue[i]) { last = i; lastAny = i; if (cue[i] === 1 || lastLemma === '-') lastLemma = c.lemma[i]; }
  }
  let next = -1, nextAny = -1, nextLemma = '-';
  for (let i = n - 1; i >= 0; i--) {
    right[i] = next < 0 ? -1 : next - i;
    anyR[i] = nextAny < 0 ? -1 : nextAny - i;
    rightLemma[i] = nextLemma;
    if (cue[i]) { next = i; nextAny = i; nextLemma = c.lemma[i]; }
    if (c.sentStart[i] === i) { next = -1; nextLemma = '-'; }
  }
  for (let i = 0; i < n; i++) {
    const q = c.quoted[i] ? 'q' : 'u';
    const dl = distBucket(left[i]), dr = distBucket(right[i]);
    const k = cue[i] ? 'k' : '-';
    emit(i, 37 /* k */, k);
    emit(i, 38 /* kd */, dl + '|' + dr);
    emit(i, 39 /* kdq */, dl + '|' + dr + '|' + q);
    emit(i, 40 /* kdp */, dl + '|' + dr + '|' + c.pos[i]);
    emit(i, 41 /* kl */, leftLemma[i]);
    emit(i, 42 /* kr */, rightLemma[i]);
    emit(i, 43 /* klp */, leftLemma[i] + '|' + c.pos[i]);
    emit(i, 44 /* krp */, rightLemma[i] + '|' + c.pos[i]);
    emit(i, 45 /* ka */, far(anyL[i]) + '|' + far(anyR[i]) + '|' + q);
    emit(i, 46 /* kn */, (i > 0 && cue[i - 1] ? 'k' : '-') + k + (i + 1 < n && cue[i + 1] ? 'k' : '-'));
    emit(i, 47 /* knp */, (i > 0 && cue[i - 1] ? 'k' : '-') + (i + 1 < n && cue[i + 1] ? 'k' : '-') + '|' + c.pos[i]);
    emit(i, 48 /* ksp */, (i - c.sentStart[i] <= 0 ? '0' : dl) + '|' + posBucket(c.sentPos[i]));
  }
}
