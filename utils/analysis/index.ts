/**
 * The analyzer: text in, one SentenceRecord per sentence out (LABELS.md). Pure and
 * deterministic; no DOM, no extension APIs, no Node APIs — the same code runs in
 * the extension's background (utils/analysis-service.ts), the CLI, the evaluation
 * and the benchmarks. Cost is linear in the text length.
 *
 * Two layers: hand-written rules read the structure (sentences, attributions,
 * sources, cues; read.ts), and small trained linear models decide the status and
 * the source type from that structure (model/). The rules alone fitted the pages
 * they were written on; the models are fitted on labelled articles and scored by
 * cross-validation (`npm run eval`).
 */
import type { SentenceRecord } from './types';
import { readArticle } from './read';
import { decide, type Models } from './model/decide';
import { SHIPPED_MODELS } from './model/shipped';

export type { SentenceRecord, Source, Status, SourceType } from './types';
export type { Models } from './model/decide';

/**
 * Analyse an article's plain text. Records cover every non-blank sentence in order;
 * `start`/`end` are JavaScript string offsets (end exclusive) and
 * `text === input.slice(start, end)`. `models` replaces the shipped weights (the
 * evaluation passes each fold's own).
 */
export function analyze(text: string, models: Models = SHIPPED_MODELS): SentenceRecord[] {
  return decide(text, readArticle(text), models);
}
