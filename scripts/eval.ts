/**
 * `npm run eval`: scores the analyzer on the shared gold. The headline is 5-fold
 * article-level cross-validation over every labelled article (gold/news-pages and
 * gold/polnear-train): the trained decisions are refitted on each fold's training
 * articles only, so the figure predicts articles nobody here has seen. The fit
 * (fitted on everything), the gap and the rules alone are printed beside it; then
 * the shipped analyzer on the news pages and on PolNeAR dev, as before.
 * Writes artifacts/eval.json. The shared folder is ../shared or $SOURCELIGHT_SHARED.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNewsGold, scoreNews } from './eval/news-pages';
import { scorePolnear } from './eval/polnear';
import { formatReport } from './eval/report';
import { loadLabelled, publisherFoldsOf } from './eval/dataset';
import { crossValidate } from './eval/cross-validate';
import { formatCrossValidation } from './eval/cv-report';
import { tagAttributions } from '../utils/analysis/attribution-tagger';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(projectRoot, '../shared');

if (!existsSync(shared)) {
  console.log(`No shared data at ${shared}; nothing to evaluate (set SOURCELIGHT_SHARED to point elsewhere).`);
  process.exit(0);
}

const labelled = loadLabelled(shared);
const cv = crossValidate(labelled);
console.log(formatCrossValidation(cv));

// Held out by outlet: the unseen articles the analyzer meets come from publishers
// it was never fitted on, which article folds (an outlet's other articles in
// training) can flatter.
const PUBLISHER_FOLDS = 7;
const byPublisher = crossValidate(labelled, PUBLISHER_FOLDS, publisherFoldsOf(labelled, PUBLISHER_FOLDS));
console.log(`\nCross-validated by publisher (${PUBLISHER_FOLDS} folds; no outlet on both sides of a fold), beside the article folds:`);
for (const [name, s] of Object.entries(byPublisher.sets)) {
  const base = cv.sets[name].cv;
  const d = (a: number, b: number) => `${a.toFixed(3)} (${a - b >= 0 ? '+' : ''}${(a - b).toFixed(3)})`;
  console.log(`  ${name.padEnd(14)} status accuracy ${d(s.cv.status.accuracy, base.status.accuracy)}  macro-F1 ${d(s.cv.status.macroF1, base.status.macroF1)}  source F1 lenient ${d(s.cv.source.lenient.f1, base.source.lenient.f1)}  type ${d(s.cv.sourceType.accuracy, base.sourceType.accuracy)}`);
}

// The same cross-validation with the PolNeAR attribution tagger's reading added
// (not shipped: see utils/analysis/read.ts), so its worth is measured, not assumed.
const tagged = crossValidate(loadLabelled(shared, tagAttributions));
console.log('\nWith the learned attribution tagger (npm run eval:attribution), cross-validated, beside the shipped analyzer:');
for (const [name, s] of Object.entries(tagged.sets)) {
  const base = cv.sets[name].cv;
  const d = (a: number, b: number) => `${a.toFixed(3)} (${a - b >= 0 ? '+' : ''}${(a - b).toFixed(3)})`;
  console.log(`  ${name.padEnd(14)} status accuracy ${d(s.cv.status.accuracy, base.status.accuracy)}  macro-F1 ${d(s.cv.status.macroF1, base.status.macroF1)}  source F1 lenient ${d(s.cv.source.lenient.f1, base.source.lenient.f1)}`);
}

const goldDir = join(shared, 'gold/news-pages');
const corpusDir = join(shared, 'corpus/news-pages');
const polnearDir = join(shared, 'corpus/polnear-dev');
const news = existsSync(goldDir) ? scoreNews(loadNewsGold(goldDir, corpusDir)).scores : null;
const polnear = existsSync(polnearDir) ? scorePolnear(polnearDir) : null;

console.log('\nThe shipped analyzer (weights fitted on all labelled articles, so the news pages are seen):');
console.log(formatReport(news, polnear));
const out = join(projectRoot, 'artifacts');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'eval.json'), JSON.stringify({ crossValidation: { folds: cv.folds, sets: cv.sets }, byPublisher: { folds: byPublisher.folds, sets: byPublisher.sets }, withTagger: tagged.sets, news, polnear }, null, 2));
console.log(`\nwritten: ${join('artifacts', 'eval.json')}`);
