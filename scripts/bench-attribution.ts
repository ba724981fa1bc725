/**
 * Speed of the part-of-speech reading and of the attribution tagger end to end, in
 * words per second over PolNeAR dev's texts (read at run time, never shipped).
 *
 *   npm run bench:attribution
 */
import { existsSync } from 'node:fs';
import { createAttributionTagger, tagAttributions, type AttributionModel } from '../utils/analysis/attribution-tagger';
import weights from '../utils/analysis/data/attribution-tagger.json';
import { tagTokens } from '../utils/analysis/pos';
import { DEV_DIR, readArticles } from './attribution/corpus';

if (!existsSync(DEV_DIR)) {
  console.log(`bench:attribution skipped: ${DEV_DIR} is absent (it lives in ../shared beside the project).`);
  process.exit(0);
}

const texts = readArticles(DEV_DIR).map((a) => a.text);
const words = texts.reduce((s, t) => s + t.split(/\s+/).filter(Boolean).length, 0);
const ROUNDS = 5;

let t = performance.now();
tagTokens('Warm up.');
tagAttributions('Warm up, she said.');
console.log(`load (model decode and weights, first call): ${(performance.now() - t).toFixed(0)} ms`);

function rate(label: string, fn: (text: string) => unknown): void {
  fn(texts[0]);
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    t = performance.now();
    for (const x of texts) fn(x);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(ROUNDS / 2)];
  console.log(`${label.padEnd(28)} ${Math.round((words / median) * 1000).toLocaleString('en-US').padStart(9)} words/s (median of ${ROUNDS} passes over ${words} words)`);
}

rate('part of speech (wink)', tagTokens);
const tagger = createAttributionTagger(weights as AttributionModel);
const tokens = new Map(texts.map((x) => [x, tagTokens(x)]));
rate('tagger given the tokens', (x) => tagger.tagTokens(x, tokens.get(x)!));
rate('attribution tagger, e2e', tagAttributions);
