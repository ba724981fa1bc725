import { analyze } from '../../utils/analysis';
import type { CorpusPage } from './corpus';
import { countWords, median, p95, round, timeMs } from './stats';

export interface AnalyzerBench {
  articles: number;
  words: number;
  /** Words per second over the whole corpus (sum of per-article median times). */
  wordsPerSecond: number;
  msPerArticle: { median: number; p95: number; max: number };
  /** A bare regex word scan over the same texts, in the same run: the machine's yardstick. */
  reference: { name: string; wordsPerSecond: number };
  slowest: { id: string; ms: number; words: number };
}

export interface ScalingRow {
  copies: number;
  chars: number;
  ms: number;
  /** ms divided by copies: flat when cost grows linearly. */
  msPerCopy: number;
}

/**
 * Times `analyze` on every article text: one warm-up pass (the JIT), then `passes`
 * timed passes; an article's time is the median of its passes.
 */
export function benchAnalyzer(pages: CorpusPage[], passes = 3): AnalyzerBench {
  for (const p of pages) analyze(p.text);
  const perArticle = pages.map((p) => {
    const times: number[] = [];
    for (let i = 0; i < passes; i++) times.push(timeMs(() => analyze(p.text)));
    return { id: p.id, words: countWords(p.text), ms: median(times) };
  });
  // The yardstick runs interleaved with nothing else, right after, on the same texts.
  const refTimes = pages.map((p) => {
    const times: number[] = [];
    for (let i = 0; i < passes; i++) times.push(timeMs(() => void p.text.match(/\p{L}+/gu)));
    return median(times);
  });
  const words = perArticle.reduce((n, a) => n + a.words, 0);
  const totalMs = perArticle.reduce((n, a) => n + a.ms, 0);
  const refMs = refTimes.reduce((n, t) => n + t, 0);
  const ms = perArticle.map((a) => a.ms);
  const slowest = perArticle.reduce((a, b) => (b.ms > a.ms ? b : a));
  return {
    articles: pages.length,
    words,
    wordsPerSecond: Math.round((words / totalMs) * 1000),
    msPerArticle: { median: round(median(ms)), p95: round(p95(ms)), max: round(Math.max(...ms)) },
    reference: { name: 'regex word scan /\\p{L}+/gu', wordsPerSecond: Math.round((words / refMs) * 1000) },
    slowest: { id: slowest.id, ms: round(slowest.ms), words: slowest.words },
  };
}

/**
 * The same text analysed 1, 4, 16 and 64 times over (copies joined as paragraphs):
 * linear cost shows as a flat ms-per-copy column. Each size keeps its fastest run.
 */
export function benchScaling(text: string, copiesList = [1, 4, 16, 64]): ScalingRow[] {
  analyze(text);
  return copiesList.map((copies) => {
    const big = Array.from({ length: copies }, () => text).join('\n');
    const runs = Math.max(3, Math.ceil(16 / copies));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(timeMs(() => analyze(big)));
    // The fastest run: on a shared machine noise only ever adds time.
    const ms = Math.min(...times);
    return { copies, chars: big.length, ms: round(ms), msPerCopy: round(ms / copies, 3) };
  });
}

export interface ShapeScaling {
  shape: string;
  rows: { chars: number; ms: number; msPer10k: number }[];
}

/**
 * Hostile shapes at growing sizes (25k, 100k, 400k characters): one endless
 * sentence, an unclosed quotation, deep brackets, zero-width soup. Linear cost
 * shows as a flat ms-per-10k-characters column; a quadratic path would grow 16x.
 */
export function benchHostileShapes(sizes = [25_000, 100_000, 400_000]): ShapeScaling[] {
  const shapes: [string, (n: number) => string][] = [
    ['one sentence, no punctuation', (n) => 'officials said the plan could cost more than expected and '.repeat(Math.ceil(n / 58)).slice(0, n)],
    ['unclosed quotation', (n) => ('"' + 'we will fight this in court, she said, '.repeat(Math.ceil(n / 39))).slice(0, n)],
    ['nested brackets and quotes', (n) => ('(“‘'.repeat(Math.floor(n / 6)) + '’”)'.repeat(Math.floor(n / 6))).slice(0, n)],
    ['zero-width and bidi soup', (n) => 'Police\u200B said\u200D the\u2060 inquiry\u202E continues.\u200F '.repeat(Math.ceil(n / 42)).slice(0, n)],
  ];
  return shapes.map(([shape, make]) => {
    analyze(make(2000));
    return {
      shape,
      rows: sizes.map((chars) => {
        const text = make(chars);
        const ms = Math.min(...[0, 1, 2].map(() => timeMs(() => analyze(text))));
        return { chars, ms: round(ms), msPer10k: round((ms / chars) * 10_000, 3) };
      }),
    };
  });
}
