/**
 * A multinomial logistic regression over sparse binary features: the analyzer's
 * trained decisions (status, source type) read the rules' structure through it.
 * Prediction is a sum of a few dozen weights per class, so it costs next to nothing
 * beside the rules; the weights are plain JSON committed under utils/analysis/data.
 */

/** Weights as shipped: one row of class weights per feature name. */
export interface LinearModel<C extends string = string> {
  classes: C[];
  bias: number[];
  weights: Record<string, number[]>;
  /** A feature's row, where the model has a faster way to it than `weights` (the shipped, packed models: ./packed.ts). */
  row?: (feature: string) => number[] | undefined;
}

// A parsed JSON object with tens of thousands of keys is a slow dictionary; a Map
// built once per model is several times faster to probe.
const rows = new WeakMap<LinearModel, Map<string, number[]>>();
function rowsOf(model: LinearModel): Map<string, number[]> {
  let m = rows.get(model);
  if (!m) rows.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** A feature's row of class weights, or undefined for a feature the model has no weights for. */
export function rowOf(model: LinearModel, feature: string): number[] | undefined {
  return model.row ? model.row(feature) : rowsOf(model).get(feature);
}

/** Class scores (unnormalised log-probabilities) for a bag of feature names. */
export function scores<C extends string>(model: LinearModel<C>, features: readonly string[]): number[] {
  const out = model.bias.slice();
  const weights = model.row ? null : rowsOf(model);
  for (const f of features) {
    const row = weights ? weights.get(f) : model.row!(f);
    if (!row) continue;
    for (let c = 0; c < out.length; c++) out[c] += row[c];
  }
  return out;
}

/** The most probable class, or `fallback` where no model is given. */
export function predict<C extends string>(model: LinearModel<C> | null, features: readonly string[], fallback: C): C {
  if (!model || model.classes.length === 0) return fallback;
  const s = scores(model, features);
  let best = 0;
  for (let c = 1; c < s.length; c++) if (s[c] > s[best]) best = c;
  return model.classes[best];
}

/** Class probabilities (softmax of the scores), in `model.classes` order. */
export function probabilities<C extends string>(model: LinearModel<C>, features: readonly string[]): number[] {
  const s = scores(model, features);
  const top = Math.max(...s);
  const e = s.map((x) => Math.exp(x - top));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}
