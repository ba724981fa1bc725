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
import { cueFeatures, readContext, TEMPLATES, tokenFeatures } from './attribution-features';
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

export function createAttributionTagger(model: AttributionModel): AttributionTagger {
  // One table per template, keyed by value: see TEMPLATES.
  const byTemplate = new Map(TEMPLATES.map((t, i) => [t, i]));
  const tables = TEMPLATES.map(() => new Map<string, number>());
  model.features.forEach((f, row) => {
    const eq = f.indexOf('=');
    const t = byTemplate.get(f.slice(0, eq));
    if (t !== undefined) tables[t].set(f.slice(eq + 1), row);
  });
  const w = new Float32Array(model.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = model.weights[i] / model.scale;
  const trans = model.transitions.map((t) => Float64Array.from(t, (x) => x / model.scale));
  const cueAt = model.layers.indexOf('cue'), sourceAt = model.layers.indexOf('source'), contentAt = model.layers.indexOf('content');

  function fromTokens(text: string, tokens: PosToken[]): Attributions {
    const n = tokens.length;
    if (n === 0) return { cues: [], sources: [], contents: [] };
    const scores = new Float64Array(n * STRIDE);
    const add = (i: number, t: number, v: string): void => {
      const r = tables[t].get(v);
      if (r === undefined) return;
      const base = i * STRIDE, from = r * STRIDE;
      for (let k = 0; k < STRIDE; k++) scores[base + k] += w[from + k];
    };
    const ctx = readContext(text, tokens);
    tokenFeatures(ctx, tokens, add);
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
    cueFeatures(ctx, cue, add);
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
