/**
 * Article-level k-fold cross-validation of the analyzer's trained decisions: each
 * fold's models are fitted on the other folds' articles only, then read the held-out
 * articles. Beside it: the same models fitted on everything and scored on
 * everything (the fit), and the rules alone. The cross-validated figure is the
 * one that predicts articles nobody here has seen.
 */
import type { SentenceRecord } from '../../utils/analysis/types';
import { decide } from '../../utils/analysis/model/decide';
import { foldsOf, type LabelledDoc } from './dataset';
import { fitModels } from './fit';
import { scoreNews, type NewsScores } from './news-pages';

export interface CrossValidation {
  folds: number;
  /** Per gold set (and 'all'): held-out, fitted-on-everything and rules-only scores. */
  sets: Record<string, { articles: number; cv: NewsScores; fit: NewsScores; rules: NewsScores }>;
}

/** `folds` gives each article's fold (0 … k−1); by default, articles dealt at random (foldsOf). */
export function crossValidate(docs: LabelledDoc[], k = 5, folds: number[] = foldsOf(docs, k)): CrossValidation {
  const held = new Map<string, SentenceRecord[]>();
  for (let f = 0; f < k; f++) {
    const models = fitModels(docs.filter((_, i) => folds[i] !== f));
    docs.forEach((d, i) => folds[i] === f && held.set(key(d), decide(d.text, d.readings, models)));
  }
  const everything = fitModels(docs);
  const fitted = new Map(docs.map((d) => [key(d), decide(d.text, d.readings, everything)]));
  const rules = new Map(docs.map((d) => [key(d), d.readings.map((r) => r.record)]));
  const sets: CrossValidation['sets'] = {};
  const names = [...new Set(docs.map((d) => d.set)), 'all'];
  for (const name of names) {
    const ds = docs.filter((d) => name === 'all' || d.set === name);
    const by = (m: Map<string, SentenceRecord[]>) => (d: { doc: string }) => m.get(key(ds.find((x) => x.doc === d.doc)!))!;
    sets[name] = { articles: ds.length, cv: scoreNews(ds, by(held)).scores, fit: scoreNews(ds, by(fitted)).scores, rules: scoreNews(ds, by(rules)).scores };
  }
  return { folds: k, sets };
}

const key = (d: LabelledDoc): string => `${d.set}/${d.doc}`;
