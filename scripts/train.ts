/**
 * `npm run train`: fits the analyzer's status and source-type models on every
 * labelled article in ../shared (gold/news-pages and gold/polnear-train) and writes
 * them to utils/analysis/data/ with what they were trained on (a hash of the data),
 * the settings, and their 5-fold article-level cross-validated score.
 * Deterministic: the same data gives the same bytes. `--check` writes nothing and
 * fails unless the committed files are exactly what it would write (npm test runs
 * it where ../shared exists).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataHash, loadLabelled } from './eval/dataset';
import { CUE_LEARNING, fitModels, MARGINS, STATUS_OPTIONS, TYPE_OPTIONS } from './eval/fit';
import { crossValidate } from './eval/cross-validate';
import { packLinearModel } from '../utils/analysis/model/packed';
import type { LinearModel } from '../utils/analysis/model/linear';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(projectRoot, '../shared');
if (!existsSync(join(shared, 'gold'))) {
  console.log(`No labelled data at ${join(shared, 'gold')}; nothing to train (set SOURCELIGHT_SHARED to point elsewhere).`);
  process.exit(0);
}

const docs = loadLabelled(shared);
const hash = dataHash(docs);
console.log(`▶ ${docs.length} labelled articles (data ${hash}); cross-validating…`);
const cv = crossValidate(docs);
const all = cv.sets.all;
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const models = fitModels(docs);
const trainedOn = {
  data: 'gold/news-pages and gold/polnear-train in ../shared (sentence labels by docs/LABELS.md)',
  articles: docs.length,
  examples: { status: docs.reduce((a, d) => a + 2 * d.labelled.length, 0), type: docs.reduce((a, d) => a + d.typeExamples.length, 0) },
  sha256: hash,
};
/** A fitted model in the packed form the extension loads (utils/analysis/model/packed.ts). */
const packed = <C extends string>(model: LinearModel<C> | null) => {
  if (!model) throw new Error('training produced no model');
  return packLinearModel(model);
};
const checkOnly = process.argv.includes('--check');
const differing: string[] = [];
const write = (file: string, body: object) => {
  const path = join(projectRoot, 'utils/analysis/data', file);
  const bytes = JSON.stringify(body) + '\n';
  if (checkOnly) {
    const same = existsSync(path) && readFileSync(path, 'utf8') === bytes;
    if (!same) differing.push(file);
    console.log(`${same ? 'reproduced byte for byte' : 'DIFFERS from what npm run train writes'}: utils/analysis/data/${file}`);
    return;
  }
  writeFileSync(path, bytes);
  console.log(`written: utils/analysis/data/${file}`);
};
write('status-model.json', {
  about: 'Status of a sentence from the rules\u2019 reading (utils/analysis/model/status-features.ts); multinomial logistic regression. Rebuild with `npm run train`.',
  trainedOn,
  options: STATUS_OPTIONS,
  margin: MARGINS.margin,
  crossValidated: { folds: cv.folds, accuracy: r3(all.cv.status.accuracy), macroF1: r3(all.cv.status.macroF1) },
  // The annotated cue phrases the model reads (utils/analysis/model/learned-cues.ts).
  cueLearning: CUE_LEARNING,
  cues: models.cues,
  // Packed (utils/analysis/model/packed.ts): the same numbers in fewer bytes for the background to load.
  model: packed(models.status),
});
write('type-model.json', {
  about: 'Type of a sentence\u2019s source (utils/analysis/model/type-features.ts); multinomial logistic regression. Rebuild with `npm run train`.',
  trainedOn,
  options: TYPE_OPTIONS,
  margin: MARGINS.typeMargin,
  crossValidated: { folds: cv.folds, accuracy: r3(all.cv.sourceType.accuracy) },
  model: packed(models.type),
});
console.log(`cross-validated (5 folds): status accuracy ${r3(all.cv.status.accuracy)}, macro-F1 ${r3(all.cv.status.macroF1)}, source type ${r3(all.cv.sourceType.accuracy)}`);
if (differing.length) process.exit(1);
