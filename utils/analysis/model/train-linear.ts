/**
 * Fits a LinearModel by AdaGrad on the L2-regularised log-loss. Deterministic: the
 * examples are visited in a fixed pseudo-random order drawn from a seeded generator,
 * so `npm run train` rebuilds the same weights from the same data. Used by the
 * training and evaluation scripts only; the extension ships the fitted weights.
 */
import type { LinearModel } from './linear';
import { seededRandom } from './seeded-random';

export interface Example<C extends string> {
  features: string[];
  label: C;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Features seen in fewer examples are dropped (they only memorise). */
  minCount?: number;
  /** Weight of each class's examples ∝ (1 / frequency)^balance; 0 = plain. */
  balance?: number;
  seed?: number;
  /** Weights smaller than this are pruned from the shipped model. */
  prune?: number;
}

export function trainLinear<C extends string>(classes: readonly C[], examples: Example<C>[], opts: TrainOptions = {}): LinearModel<C> {
  const { epochs = 12, rate = 0.2, l2 = 1e-4, minCount = 2, balance = 0.5, seed = 7, prune = 1e-3 } = opts;
  const K = classes.length;
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= minCount) index.set(f, index.size);
  const data = examples.map((ex) => ({ x: [...new Set(ex.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined))], y: classes.indexOf(ex.label) }));
  const freq = classes.map((_, c) => data.filter((d) => d.y === c).length);
  const classWeight = freq.map((n) => (n === 0 ? 0 : Math.pow(data.length / (K * n), balance)));
  const W = new Float64Array(index.size * K);
  const G = new Float64Array(index.size * K).fill(1e-8);
  const b = new Float64Array(K);
  const Gb = new Float64Array(K).fill(1e-8);
  const order = data.map((_, i) => i);
  const rand = seededRandom(seed);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const { x, y } = data[n];
      if (y < 0) continue;
      for (let c = 0; c < K; c++) {
        let s = b[c];
        for (const f of x) s += W[f * K + c];
        p[c] = s;
      }
      const top = Math.max(...p);
      let z = 0;
      for (let c = 0; c < K; c++) z += p[c] = Math.exp(p[c] - top);
      const cw = classWeight[y];
      for (let c = 0; c < K; c++) {
        const g = cw * (p[c] / z - (c === y ? 1 : 0));
        Gb[c] += g * g;
        b[c] -= (rate * g) / Math.sqrt(Gb[c]);
        for (const f of x) {
          const k = f * K + c;
          const gk = g + l2 * W[k];
          G[k] += gk * gk;
          W[k] -= (rate * gk) / Math.sqrt(G[k]);
        }
      }
    }
  }
  // Three decimals and no weights below `prune`: the shipped JSON is parsed when the
  // background starts, and finer weights change no decision (npm run eval, CV).
  const round = (v: number) => (Math.abs(v) < prune ? 0 : Math.round(v * 1e3) / 1e3);
  const weights: Record<string, number[]> = {};
  for (const [f, i] of index) {
    const row = Array.from(W.subarray(i * K, i * K + K), round);
    if (row.some((v) => Math.abs(v) >= prune)) weights[f] = row;
  }
  return { classes: [...classes], bias: Array.from(b, round), weights };
}
