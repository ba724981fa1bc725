/**
 * Attribution tagger learned from PolNeAR: finds the cues, sources and contents of a
 * text as character spans. An averaged structured perceptron with three BIO layers
 * over wink's tokens, each decoded by Viterbi over the whole text, so a content span
 * can run across sentences (a quote that carries on). The cue layer is decoded first;
 * the source and content layers add features of where the decoded cues are.
 * Weights: data/attribution-tagger.json, rebuilt by `npm run train:attribution`.
 * Pure and deterministic: same text, same spans.
 */
import weights from './data/attribution-tagger.json';
import { bioSpans, viterbi, type Span } from './bio-decode';
import { addCueColumns, AFTER, BASE_TEMPLATES, baseColumns, BEFORE, CUE_TEMPLATES, type Columns, type Template } from './attribution-features';
import { tagTokens, type PosToken } from './pos';

export type { Span } from './bio-decode';

export interface Attributions {
  cues: Span[];
  sources: Span[];
  contents: Span[];
}

/** The weight file's shape (what the training script writes). */
export interface AttributionModel {
  layers: string[];
  /** Weights are stored as integers; the real weight is the integer divided by this. */
  scale: number;
  features: string[];
  /** 9 integers per feature: for each layer in `layers` order, labels O, B, I. */
  weights: number[];
  /** Per layer, 12 integers: from start, O, B, I into O, B, I. */
  transitions: number[][];
}

const STRIDE = 9;

export interface AttributionTagger {
  tag(text: string): Attributions;
  /** For a caller that has already read the text's parts of speech. */
  tagTokens(text: string, tokens: PosToken[]): Attributions;
}

/**
 * The weights turned into lookups by number: every atom of a column gets an id, and a
 * feature's key is its atoms' ids in mixed radix, so scoring a token hashes no strings.
 */
interface Compiled {
  atomIds: Map<string, Map<string, number>>;
  /** Per template: key → weight row; a typed array (-1: no row) where the keys are few, else a Map. */
  tables: (Int32Array | Map<number, number>)[];
  /** Per template and part: the radix the part's id is multiplied into. */
  radix: number[][];
}

const TEMPLATES = [...BASE_TEMPLATES, ...CUE_TEMPLATES];

function compile(features: string[]): Compiled {
  const atomIds = new Map<string, Map<string, number>>();
  const intern = (col: string, atom: string): number => {
    let m = atomIds.get(col);
    if (!m) atomIds.set(col, (m = new Map()));
    let id = m.get(atom);
    if (id === undefined) m.set(atom, (id = m.size));
    return id;
  };
  const byName = new Map(TEMPLATES.map((tp, i) => [tp.name, i]));
  const parsed: [number, number[], number][] = [];
  features.forEach((f, row) => {
    const eq = f.indexOf('=');
    const ti = byName.get(f.slice(0, eq));
    if (ti === undefined) return;
    const tp = TEMPLATES[ti];
    const atoms = f.slice(eq + 1).split('|');
    // An atom holding "|" itself cannot be told apart here; such rare features are dropped.
    if (atoms.length !== tp.parts.length) return;
    parsed.push([ti, atoms.map((a, k) => intern(tp.parts[k][0], a)), row]);
  });
  const radix = TEMPLATES.map((tp) => tp.parts.map(([col]) => atomIds.get(col)?.size ?? 0));
  const tables = radix.map((r) => {
    const keys = r.reduce((a, b) => a * b, 1);
    return keys <= DENSE_MAX ? new Int32Array(keys).fill(-1) : new Map<number, number>();
  });
  for (const [ti, ids, row] of parsed) {
    const table = tables[ti];
    if (table instanceof Map) table.set(key(ids, radix[ti]), row);
    else table[key(ids, radix[ti])] = row;
  }
  return { atomIds, tables, radix };
}

/** Largest key space kept as a typed array (4 bytes a key): every template but word pairs. */
const DENSE_MAX = 1 << 17;

const zeros = (n: number): Int32Array => new Int32Array(n);

function key(ids: ArrayLike<number>, radix: number[]): number {
  let k = ids[0];
  for (let j = 1; j < radix.length; j++) k = k * radix[j] + ids[j];
  return k;
}

interface Part {
  at: Int32Array;
  off: number;
  before: number;
  after: number;
}

/** Cue-reading features carry no cue-layer weights: their rows are added from here on. */
const CUE_ONLY_FROM = 3;

/** The hot loop, kept monomorphic: one template over every token. */
function addTemplate(
  n: number, parts: number, c0: Part, c1: Part, c2: Part, r1: number, r2: number,
  dense: Int32Array | null, sparse: Map<number, number> | null, w: Float32Array, scores: Float64Array, fromZ: number,
): void {
  const a0 = c0.at, o0 = c0.off, before0 = c0.before, after0 = c0.after;
  const a1 = c1.at, o1 = c1.off, before1 = c1.before, after1 = c1.after;
  const a2 = c2.at, o2 = c2.off, before2 = c2.before, after2 = c2.after;
  for (let i = 0; i < n; i++) {
    let q = i + o0;
    const id0 = q < 0 ? before0 : q >= n ? after0 : a0[q];
    if (id0 < 0) continue;
    let k = id0;
    if (parts > 1) {
      q = i + o1;
      const id1 = q < 0 ? before1 : q >= n ? after1 : a1[q];
      if (id1 < 0) continue;
      k = k * r1 + id1;
      if (parts > 2) {
        q = i + o2;
        const id2 = q < 0 ? before2 : q >= n ? after2 : a2[q];
        if (id2 < 0) continue;
        k = k * r2 + id2;
      }
    }
    const row = dense !== null ? dense[k] : sparse!.get(k) ?? -1;
    if (row < 0) continue;
    const base = i * STRIDE, from = row * STRIDE;
    for (let z = fromZ; z < STRIDE; z++) scores[base + z] += w[from + z];
  }
}

/** Adds the weight rows of `templates`' features to `scores`. */
function score(c: Compiled, w: Float32Array, cols: Columns, templates: Template[], offset: number, n: number, scores: Float64Array): void {
  const ids = new Map<string, { at: Int32Array; before: number; after: number }>();
  const idsOf = (col: string) => {
    let x = ids.get(col);
    if (!x) {
      const m = c.atomIds.get(col);
      const atoms = cols[col];
      const at = new Int32Array(n);
      for (let i = 0; i < n; i++) at[i] = m?.get(atoms[i]) ?? -1;
      x = { at, before: m?.get(BEFORE) ?? -1, after: m?.get(AFTER) ?? -1 };
      ids.set(col, x);
    }
    return x;
  };
  templates.forEach((tp, j) => {
    const ti = offset + j;
    const table = c.tables[ti], radix = c.radix[ti];
    // Templates have one to three parts; unused parts read a column of zeros.
    const [c0, c1, c2] = tp.parts.map(([col, off]) => ({ ...idsOf(col), off }));
    const none = { at: zeros(n), off: 0, before: 0, after: 0 };
    addTemplate(
      n, tp.parts.length, c0, c1 ?? none, c2 ?? none, radix[1] ?? 1, radix[2] ?? 1,
      table instanceof Int32Array ? table : null, table instanceof Map ? table : null,
      w, scores, CUE_ONLY_FROM * (offset > 0 ? 1 : 0),
    );
  });
}

export function createAttributionTagger(model: AttributionModel): AttributionTagger {
  const compiled = compile(model.features);
  const w = new Float32Array(model.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = model.weights[i] / model.scale;
  const trans = model.transitions.map((t) => Float64Array.from(t, (x) => x / model.scale));
  const cueAt = model.layers.indexOf('cue'), sourceAt = model.layers.indexOf('source'), contentAt = model.layers.indexOf('content');

  function fromTokens(text: string, tokens: PosToken[]): Attributions {
    const n = tokens.length;
    if (n === 0) return { cues: [], sources: [], contents: [] };
    const scores = new Float64Array(n * STRIDE);
    const { cols, ctx } = baseColumns(text, tokens);
    score(compiled, w, cols, BASE_TEMPLATES, 0, n, scores);
    // Spans never cross a line break in PolNeAR, so each paragraph is decoded alone.
    const paragraphs: number[] = [0];
    for (let i = 1; i < n; i++) if (ctx.newline[i]) paragraphs.push(i);
    paragraphs.push(n);
    const decode = (at: number, out: Uint8Array): void => {
      for (let p = 0; p + 1 < paragraphs.length; p++) {
        const a = paragraphs[p], b = paragraphs[p + 1];
        viterbi(scores.subarray(a * STRIDE, b * STRIDE), b - a, STRIDE, at * 3, trans[at], out.subarray(a, b));
      }
    };
    // Cues first; sources and contents then read where the cues are.
    const cue = new Uint8Array(n);
    decode(cueAt, cue);
    addCueColumns(cols, ctx, cue);
    score(compiled, w, cols, CUE_TEMPLATES, BASE_TEMPLATES.length, n, scores);
    const labels = new Uint8Array(n);
    const layer = (at: number): Span[] => {
      decode(at, labels);
      return bioSpans(labels, tokens);
    };
    return { cues: bioSpans(cue, tokens), sources: layer(sourceAt), contents: layer(contentAt) };
  }

  return { tag: (text) => fromTokens(text, tagTokens(text)), tagTokens: fromTokens };
}

let shipped: AttributionTagger | null = null;

/** Cue, source and content spans of `text` (character offsets), by the shipped weights. */
export function tagAttributions(text: string): Attributions {
  shipped ??= createAttributionTagger(weights as AttributionModel);
  return shipped.tag(text);
}
