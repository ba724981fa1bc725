/**
 * Span P/R/F1 of the attribution tagger on PolNeAR dev, strict and lenient, beside
 * CofeNet's strict figures; writes artifacts/eval-attribution.json.
 *
 *   npm run eval:attribution
 *
 * Gold: every Cue, Source and Content span of one annotator's file per article
 * (fragments of a discontinuous span count as spans); both sides trimmed of edge
 * punctuation (scripts/attribution/span-score.ts). CofeNet's figures are from its
 * paper, on its own PolNeAR split and tokenization: a reference, not a like-for-like race.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAttributionTagger, type AttributionModel } from '../utils/analysis/attribution-tagger';
import weights from '../utils/analysis/data/attribution-tagger.json';
import { DEV_DIR, LAYERS } from './attribution/corpus';
import { devScores } from './attribution/dev-scores';

const COFENET_STRICT_F1 = { source: 83.2, cue: 75.3, content: 72.9 };

if (!existsSync(DEV_DIR)) {
  console.log(`eval:attribution skipped: ${DEV_DIR} is absent (it lives in ../shared beside the project).`);
  process.exit(0);
}

const tagger = createAttributionTagger(weights as AttributionModel);
const t0 = performance.now();
const result = devScores(tagger);
const seconds = (performance.now() - t0) / 1000;
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

console.log(`PolNeAR dev: ${result.articles} articles, ${result.words} words (tagged in ${seconds.toFixed(1)} s, reading the corpus included)`);
console.log('layer     gold  pred │ strict P     R    F1 │ lenient P     R    F1 │ CofeNet strict F1');
for (const l of LAYERS) {
  const s = result.layers[l];
  console.log(
    `${l.padEnd(8)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)} │ ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)}    │ ${pct(s.lenient.p)} ${pct(s.lenient.r)} ${pct(s.lenient.f1)}     │ ${COFENET_STRICT_F1[l].toFixed(1)}`,
  );
}

const out = resolve(import.meta.dirname, '../artifacts/eval-attribution.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, JSON.stringify({ split: 'corpus/polnear-dev', trainedOn: (weights as { provenance?: unknown }).provenance, cofenetStrictF1: COFENET_STRICT_F1, ...result }, null, 2) + '\n');
console.log(`→ ${out}`);
