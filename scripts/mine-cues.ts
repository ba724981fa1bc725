/**
 * Mines PolNeAR's Cue spans into utils/analysis/data/cue-lexicon.json: for every
 * lemma, how often it lies in a Cue span and how often it occurs at all (so a cue
 * probability), and the frequent cue phrases as lemma sequences, each sorted into
 * a LABELS.md class by the seed in scripts/attribution/cue-classes.ts. Holds counts
 * and words only, never the corpus's sentences. Deterministic: same corpus, same bytes.
 *
 *   npm run mine:cues
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tagTokens } from '../utils/analysis/pos';
import { corpusOrigin, fileSetHash, heldOutNames, readArticles, TRAIN_DIR } from './attribution/corpus';
import { CUE_CLASSES, phraseClass, seedClass, type CueClass } from './attribution/cue-classes';

const OUT = resolve(import.meta.dirname, '../utils/analysis/data/cue-lexicon.json');
/** A lemma or phrase seen as a cue fewer times than this is noise (typos, one-off idioms). */
const MIN_CUE = 3;
const MAX_PHRASE_TOKENS = 6;
/** Below this cue probability an unseeded lemma is a word that merely sits inside cues (names, days). */
const MIN_P = 0.05;

if (!existsSync(TRAIN_DIR)) {
  console.log(`mine:cues skipped: ${TRAIN_DIR} is absent (it lives in ../shared beside the project).`);
  process.exit(0);
}

const heldOut = heldOutNames();
const articles = readArticles(TRAIN_DIR, heldOut);
const cueCount = new Map<string, number>();
const total = new Map<string, number>();
const phrases = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

for (const a of articles) {
  const tokens = tagTokens(a.text);
  const inCue = new Uint8Array(tokens.length);
  let j = 0;
  for (const s of a.spans.cue) {
    while (j < tokens.length && tokens[j].end <= s.start) j++;
    const words: string[] = [];
    for (let k = j; k < tokens.length && tokens[k].start < s.end; k++) {
      inCue[k] = 1;
      if (tokens[k].pos !== 'PUNCT') words.push(normal(tokens[k].lemma ?? tokens[k].text));
    }
    // Spans are sorted by start but may nest, so the scan restarts from the span's first token.
    if (words.length && words.length <= MAX_PHRASE_TOKENS) bump(phrases, words.join(' '));
  }
  tokens.forEach((t, i) => {
    if (t.pos === 'PUNCT') return;
    const l = normal(t.lemma ?? t.text);
    bump(total, l);
    if (inCue[i]) bump(cueCount, l);
  });
}

function normal(lemma: string): string {
  return lemma.toLowerCase().replace(/’/g, "'");
}

interface Entry {
  cue: number;
  total: number;
  p: number;
  class: CueClass;
  unclassified?: true;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
const words: Record<string, Entry> = {};
const classCounts: Record<string, number> = Object.fromEntries(CUE_CLASSES.map((c) => [c, 0]));
let unclassified = 0;
const kept = ([w, c]: [string, number]): boolean => c >= MIN_CUE && (seedClass(w) !== undefined || c / (total.get(w) ?? c) >= MIN_P);
for (const [w, c] of [...cueCount].filter(kept).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
  const t = total.get(w) ?? c;
  const cls = seedClass(w);
  words[w] = { cue: c, total: t, p: round(c / t), class: cls ?? 'neutral', ...(cls ? {} : { unclassified: true as const }) };
  classCounts[cls ?? 'neutral']++;
  if (!cls) unclassified++;
}
const phraseOut: Record<string, { cue: number; class: CueClass; unclassified?: true }> = {};
for (const [p, c] of [...phrases].filter(([, c]) => c >= MIN_CUE).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
  const cls = phraseClass(p.split(' '));
  phraseOut[p] = { cue: c, class: cls ?? 'neutral', ...(cls ? {} : { unclassified: true as const }) };
}

const lexicon = {
  provenance: {
    source: corpusOrigin(TRAIN_DIR),
    split: 'corpus/polnear-train',
    articles: articles.length,
    excluded: `${heldOut.size} articles with sentence labels in gold/polnear-train (held out for cross-validation)`,
    annotator: 'one .ann per article: the first in sorted order',
    fileSetSha256: fileSetHash(articles),
    tokenizer: 'wink-nlp + wink-eng-lite-web-model (utils/analysis/pos.ts), lemmas lower-cased',
    minCueCount: MIN_CUE,
    minCueProbabilityUnlessSeeded: MIN_P,
    classes: 'hand-written seed in scripts/attribution/cue-classes.ts; lemmas outside it are neutral with unclassified: true',
    wordClassCounts: classCounts,
    unclassifiedWords: unclassified,
  },
  words,
  phrases: phraseOut,
};

mkdirSync(dirname(OUT), { recursive: true });
// One entry per line keeps the committed file readable in a diff.
const body = (o: Record<string, unknown>): string =>
  '{\n' + Object.entries(o).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n  }';
writeFileSync(
  OUT,
  `{\n  "provenance": ${JSON.stringify(lexicon.provenance, null, 2).replace(/\n/g, '\n  ')},\n  "words": ${body(words)},\n  "phrases": ${body(phraseOut)}\n}\n`,
);
console.log(`${Object.keys(words).length} cue words, ${Object.keys(phraseOut).length} cue phrases from ${articles.length} articles (${heldOut.size} held out) → ${OUT}`);
console.log('word classes:', classCounts, `unclassified: ${unclassified}`);
