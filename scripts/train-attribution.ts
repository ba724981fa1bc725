/**
 * Trains the attribution tagger (utils/analysis/attribution-tagger.ts) on PolNeAR
 * train and writes utils/analysis/data/attribution-tagger.json: pruned, integer
 * weights with their provenance and their span scores on PolNeAR dev.
 * Deterministic: sorted files, a fixed shuffle seed, a fixed number of epochs, so the
 * same corpus gives the same bytes. The 140 articles with sentence labels in
 * gold/polnear-train are left out (the status evaluation cross-validates on them).
 *
 *   npm run train:attribution
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { B, I, O, viterbi } from '../utils/analysis/bio-decode';
import { addCueColumns, BASE_TEMPLATES, baseColumns, CUE_TEMPLATES, featureNames } from '../utils/analysis/attribution-features';
import { createAttributionTagger, type AttributionModel } from '../utils/analysis/attribution-tagger';
import { tagTokens } from '../utils/analysis/pos';
import { corpusOrigin, DEV_DIR, fileSetHash, heldOutNames, LAYERS, readArticles, TRAIN_DIR, type Span } from './attribution/corpus';
import { devScores } from './attribution/dev-scores';
import { seededRandom } from '../utils/analysis/model/seeded-random';

const OUT = resolve(import.meta.dirname, '../utils/analysis/data/attribution-tagger.json');
const EPOCHS = 8;
/** Folds of the cue layer's jackknife (see below). */
const FOLDS = 5;
const SEED = 11;
/** Features seen fewer times than this in training are dropped before learning. */
const MIN_COUNT = 2;
/** Weights are kept to 1/SCALE; a feature whose largest weight rounds below PRUNE/SCALE is dropped. */
const SCALE = 10;
const PRUNE = 45;
const NL = LAYERS.length;
const STRIDE = NL * 3;

if (!existsSync(TRAIN_DIR)) {
  console.log(`train:attribution skipped: ${TRAIN_DIR} is absent (it lives in ../shared beside the project).`);
  process.exit(0);
}

const t0 = performance.now();
const heldOut = heldOutNames();
const articles = readArticles(TRAIN_DIR, heldOut);

/** BIO labels of one layer: outer spans first; a span starting inside a labelled one is nested and skipped. */
function bio(tokens: Span[], spans: Span[]): Uint8Array {
  const y = new Uint8Array(tokens.length);
  let j = 0;
  for (const s of spans) {
    while (j < tokens.length && tokens[j].end <= s.start) j++;
    if (j >= tokens.length || tokens[j].start >= s.end || y[j] !== O) continue;
    y[j] = B;
    for (let k = j + 1; k < tokens.length && tokens[k].start < s.end; k++) y[k] = I;
  }
  return y;
}

interface Instance {
  n: number;
  /** Per token: base feature ids (all layers), then cue-reading ids (source, content); -1 is too rare. */
  base: Int32Array;
  kb: number;
  stage2: Int32Array;
  k2: number;
  gold: Uint8Array[];
}

/**
 * Feature ids: handed out on first sight and counted, rare ones dropped afterwards,
 * so the tens of millions of feature strings of the corpus are never held at once.
 */
class Vocabulary {
  seen = new Map<string, number>();
  counts: number[] = [];
  id(f: string): number {
    let id = this.seen.get(f);
    if (id === undefined) {
      id = this.counts.length;
      this.seen.set(f, id);
      this.counts.push(0);
    }
    this.counts[id]++;
    return id;
  }
  /** Keeps ids seen MIN_COUNT times, numbered after `names`, and rewrites `arrays`. */
  prune(names: string[], arrays: Int32Array[]): void {
    const remap = new Int32Array(this.counts.length).fill(-1);
    for (const [f, id] of this.seen) if (this.counts[id] >= MIN_COUNT) { remap[id] = names.length; names.push(f); }
    for (const a of arrays) for (let i = 0; i < a.length; i++) a[i] = remap[a[i]];
    this.seen.clear();
  }
}

const names: string[] = [];
const baseVocab = new Vocabulary();
const prepared = articles.map((a) => {
  const tokens = tagTokens(a.text);
  const { cols, ctx } = baseColumns(a.text, tokens);
  const raw: number[] = [];
  featureNames(cols, BASE_TEMPLATES, tokens.length, (_i, f) => raw.push(baseVocab.id(f)));
  return { tokens, cols, ctx, base: Int32Array.from(raw) };
});
baseVocab.prune(names, prepared.map((p) => p.base));
const articleInstances: Instance[] = prepared.map((p, i) => ({
  n: p.tokens.length,
  base: p.base,
  kb: p.tokens.length ? p.base.length / p.tokens.length : 0,
  stage2: new Int32Array(0),
  k2: 0,
  gold: LAYERS.map((l) => bio(p.tokens, articles[i].spans[l])),
}));

/** Paragraph starts of an article: PolNeAR's spans never cross a line break, and the tagger decodes paragraph by paragraph. */
function paragraphs(a: (typeof prepared)[number]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 1; i <= a.tokens.length; i++) if (i === a.tokens.length || a.ctx.newline[i]) { out.push([from, i]); from = i; }
  return out;
}
/** Learning from paragraphs rather than whole articles gives the perceptron an update per paragraph. */
function slices(): { article: number; from: number; inst: Instance }[] {
  return prepared.flatMap((p, ai) => {
    const x = articleInstances[ai];
    return paragraphs(p).map(([a, b]) => ({
      article: ai,
      from: a,
      inst: {
        n: b - a,
        kb: x.kb,
        base: x.base.subarray(a * x.kb, b * x.kb),
        k2: x.k2,
        stage2: x.stage2.subarray(a * x.k2, b * x.k2),
        gold: x.gold.map((g) => g.subarray(a, b)),
      },
    }));
  });
}
const instances = articleInstances;
const tokensTotal = instances.reduce((s, x) => s + x.n, 0);
console.log(`${articles.length} articles (${heldOut.size} held out), ${tokensTotal} tokens, ${names.length} base features; reading took ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const CUE = LAYERS.indexOf('cue');

interface Perceptron {
  w: Float64Array;
  tw: Float64Array[];
}

/** Scores of every token for every layer's labels (stage-2 features only where `stage2`). */
function scoresOf(inst: Instance, w: Float64Array, stage2: boolean): Float64Array {
  const { n, kb, base, k2 } = inst;
  const scores = new Float64Array(n * STRIDE);
  for (let t = 0; t < n; t++) {
    const o = t * STRIDE;
    for (let m = 0; m < kb; m++) {
      const f = base[t * kb + m];
      if (f < 0) continue;
      for (let z = 0; z < STRIDE; z++) scores[o + z] += w[f * STRIDE + z];
    }
    if (stage2)
      for (let m = 0; m < k2; m++) {
        const f = inst.stage2[t * k2 + m];
        if (f < 0) continue;
        for (let z = 3; z < STRIDE; z++) scores[o + z] += w[f * STRIDE + z];
      }
  }
  return scores;
}

/** Averaged structured perceptron over `layers`; `acc` sums each update times its step, so the average is w - acc / steps. */
function train(set: Instance[], layers: number[], F: number, epochs: number, seed: number, label: string): Perceptron {
  const w = new Float64Array(F * STRIDE), acc = new Float64Array(F * STRIDE);
  const tw = LAYERS.map(() => new Float64Array(12)), tacc = LAYERS.map(() => new Float64Array(12));
  const random = seededRandom(seed);
  const order = set.map((_, i) => i);
  const useStage2 = layers.some((L) => L !== CUE);
  let step = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const idx of order) {
      const inst = set[idx];
      const { n, kb, base, k2, gold } = inst;
      if (!n) continue;
      const scores = scoresOf(inst, w, useStage2);
      const pred = new Uint8Array(n);
      for (const L of layers) {
        viterbi(scores, n, STRIDE, L * 3, tw[L], pred);
        const g = gold[L];
        const upd = (f: number, y: number, d: number): void => {
          const a = f * STRIDE + L * 3 + y;
          w[a] += d;
          acc[a] += d * step;
        };
        for (let t = 0; t < n; t++) {
          const gp = t === 0 ? 0 : 1 + g[t - 1], pp = t === 0 ? 0 : 1 + pred[t - 1];
          if (g[t] === pred[t] && gp === pp) continue;
          if (g[t] !== pred[t]) {
            errors++;
            for (let m = 0; m < kb; m++) {
              const f = base[t * kb + m];
              if (f >= 0) { upd(f, g[t], 1); upd(f, pred[t], -1); }
            }
            if (L !== CUE)
              for (let m = 0; m < k2; m++) {
                const f = inst.stage2[t * k2 + m];
                if (f >= 0) { upd(f, g[t], 1); upd(f, pred[t], -1); }
              }
          }
          tw[L][gp * 3 + g[t]] += 1; tacc[L][gp * 3 + g[t]] += step;
          tw[L][pp * 3 + pred[t]] -= 1; tacc[L][pp * 3 + pred[t]] -= step;
        }
      }
      step++;
    }
    console.log(`${label} epoch ${epoch}: ${errors} token errors`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= acc[i] / step;
  for (let L = 0; L < NL; L++) for (let z = 0; z < 12; z++) tw[L][z] -= tacc[L][z] / step;
  return { w, tw };
}

const tLearn = performance.now();
// The source and content layers learn from cues as the tagger will decode them, not
// from gold cues: each fold's cues come from a cue layer trained on the other folds.
const cuePred: Uint8Array[] = articleInstances.map((x) => new Uint8Array(x.n));
const firstSlices = slices();
for (let fold = 0; fold < FOLDS; fold++) {
  const trainSet = firstSlices.filter((x) => x.article % FOLDS !== fold).map((x) => x.inst);
  const model = train(trainSet, [CUE], names.length, EPOCHS, SEED + fold, `cue fold ${fold + 1}/${FOLDS}`);
  for (const { article, from, inst } of firstSlices) {
    if (article % FOLDS !== fold || !inst.n) continue;
    viterbi(scoresOf(inst, model.w, false), inst.n, STRIDE, CUE * 3, model.tw[CUE], cuePred[article].subarray(from, from + inst.n));
  }
}
const stageVocab = new Vocabulary();
prepared.forEach((p, i) => {
  const raw: number[] = [];
  addCueColumns(p.cols, p.ctx, cuePred[i]);
  featureNames(p.cols, CUE_TEMPLATES, p.tokens.length, (_i, f) => raw.push(stageVocab.id(f)));
  articleInstances[i].stage2 = Int32Array.from(raw);
  articleInstances[i].k2 = p.tokens.length ? raw.length / p.tokens.length : 0;
});
stageVocab.prune(names, articleInstances.map((x) => x.stage2));
const F = names.length;
const { w, tw } = train(slices().map((x) => x.inst), LAYERS.map((_, L) => L), F, EPOCHS, SEED, 'all layers');
const learnSeconds = (performance.now() - tLearn) / 1000;

if (process.argv.includes('--weights-spread')) {
  const big = Array.from({ length: F }, (_, f) => Math.max(...Array.from(w.subarray(f * STRIDE, (f + 1) * STRIDE), Math.abs))).sort((a, b) => b - a);
  console.log('largest weight per feature, by rank:', [1000, 5000, 10000, 20000, 40000, 60000, 80000, 100000].map((r) => `${r}: ${big[Math.min(r, F - 1)]?.toFixed(2)}`).join(', '));
}

// Quantize and prune.
const features: string[] = [];
const weights: number[] = [];
for (let f = 0; f < F; f++) {
  const row: number[] = [];
  let big = 0;
  for (let z = 0; z < STRIDE; z++) {
    const v = Math.round(w[f * STRIDE + z] * SCALE);
    row.push(v === 0 ? 0 : v);
    big = Math.max(big, Math.abs(v));
  }
  if (big < PRUNE) continue;
  features.push(names[f]);
  weights.push(...row);
}
const transitions = tw.map((t) => Array.from(t, (v) => {
  const x = Math.round(v * SCALE);
  return x === 0 ? 0 : x;
}));

const model: AttributionModel = { layers: LAYERS, scale: SCALE, features, weights, transitions };
const dev = existsSync(DEV_DIR) ? devScores(createAttributionTagger(model)) : null;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const provenance = {
  source: corpusOrigin(TRAIN_DIR),
  split: 'corpus/polnear-train',
  articles: articles.length,
  excluded: `${heldOut.size} articles with sentence labels in gold/polnear-train (held out for cross-validation)`,
  annotator: 'one .ann per article: the first in sorted order',
  fileSetSha256: fileSetHash(articles),
  tokens: tokensTotal,
  model: 'averaged structured perceptron, three BIO layers, each paragraph decoded by Viterbi; source and content read the decoded cues',
  epochs: EPOCHS,
  cueFolds: FOLDS,
  seed: SEED,
  minFeatureCount: MIN_COUNT,
  pruneBelow: PRUNE / SCALE,
  featuresLearned: F,
  featuresKept: features.length,
  devScores: dev && {
    split: 'corpus/polnear-dev',
    articles: dev.articles,
    ...Object.fromEntries(
      LAYERS.map((l) => [l, { strictF1: r3(dev.layers[l].strict.f1), lenientF1: r3(dev.layers[l].lenient.f1), strictP: r3(dev.layers[l].strict.p), strictR: r3(dev.layers[l].strict.r) }]),
    ),
  },
};
const json =
  '{\n' +
  `"provenance": ${JSON.stringify(provenance, null, 1)},\n` +
  `"layers": ${JSON.stringify(LAYERS)},\n"scale": ${SCALE},\n` +
  `"transitions": ${JSON.stringify(transitions)},\n` +
  `"features": ${JSON.stringify(features)},\n` +
  `"weights": ${JSON.stringify(weights)}\n}\n`;
writeFileSync(OUT, json);
console.log(`learning: ${learnSeconds.toFixed(1)} s for ${EPOCHS} epochs; ${features.length} of ${F} features kept; ${(json.length / 1e6).toFixed(2)} MB → ${OUT}`);
if (dev) for (const l of LAYERS) console.log(`dev ${l}: strict F1 ${r3(dev.layers[l].strict.f1)}, lenient F1 ${r3(dev.layers[l].lenient.f1)}`);
