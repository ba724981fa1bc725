/**
 * Every labelled article in ../shared (gold/news-pages and gold/polnear-train) read
 * once by the rules, with the training examples the status and type models learn
 * from. Shared by `npm run train` and the cross-validation of `npm run eval`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle, type Reading, type SpanTagger } from '../../utils/analysis/read';
import { articleContext, statusFeatures } from '../../utils/analysis/model/status-features';
import { typeFeatures } from '../../utils/analysis/model/type-features';
import { ArticleRoles } from '../../utils/analysis/model/entity-roles';
import type { Example } from '../../utils/analysis/model/train-linear';
import type { LearnedCues } from '../../utils/analysis/model/learned-cues';
import type { SourceType, Status } from '../../utils/analysis/types';
import { align, loadNewsGold, type GoldSentence } from './news-pages';
import { lenientMatch } from './normalize';

/** The gold sets: folder under gold/ and the corpus folder holding their texts. */
export const GOLD_SETS = [
  { name: 'news-pages', gold: 'gold/news-pages', corpus: 'corpus/news-pages' },
  { name: 'polnear-train', gold: 'gold/polnear-train', corpus: 'corpus/polnear-train' },
] as const;

export interface LabelledDoc {
  set: string;
  doc: string;
  text: string;
  gold: GoldSentence[];
  readings: Reading[];
  /** Each labelled sentence the rules read: its reading's index and gold status. */
  labelled: { i: number; status: Status }[];
  typeExamples: Example<SourceType>[];
}

export function loadLabelled(shared: string, tagger: SpanTagger | null = null): LabelledDoc[] {
  const out: LabelledDoc[] = [];
  for (const set of GOLD_SETS) {
    const goldDir = join(shared, set.gold);
    if (!existsSync(goldDir)) continue;
    for (const d of loadNewsGold(goldDir, join(shared, set.corpus))) {
      const readings = readArticle(d.text, tagger);
      const records = readings.map((r) => r.record);
      const { pairs } = align(d.gold, records);
      const at = new Map(records.map((r, i) => [r, i]));
      const roles = new ArticleRoles(d.text);
      const labelled: LabelledDoc['labelled'] = [];
      const typeExamples: Example<SourceType>[] = [];
      for (const { gold, pred } of pairs) {
        if (!pred) continue;
        const i = at.get(pred)!;
        labelled.push({ i, status: gold.status });
        const src = readings[i].draft.source;
        if (gold.source && src && lenientMatch(gold.source.text, src.text)) {
          typeExamples.push({ features: typeFeatures(src, roles), label: gold.source.type as SourceType });
        }
      }
      out.push({ set: set.name, doc: d.doc, text: d.text, gold: d.gold, readings, labelled, typeExamples });
    }
  }
  return out;
}

/**
 * The status model's training examples from one article, with the cue phrases
 * learned from the training articles (they change per fold, so the examples are
 * built when a model is fitted).
 */
export function statusExamples(d: LabelledDoc, cues: LearnedCues): Example<Status>[] {
  const ctx = articleContext(d.readings);
  const out: Example<Status>[] = [];
  for (const { i, status } of d.labelled) {
    out.push({ features: statusFeatures(d.readings, i, ctx, cues), label: status });
    // The same sentence read alone, as the CLI or a pasted quote gives it: without
    // an article around it the model must still decide, so it learns to.
    out.push({ features: statusFeatures([d.readings[i]], 0, articleContext([d.readings[i]]), cues), label: status });
  }
  return out;
}

/** A hash of the labelled data (gold labels and texts), recorded with the weights. */
export function dataHash(docs: LabelledDoc[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(`${d.set}/${d.doc}\n${d.text}\n${JSON.stringify(d.gold)}\n`);
  return h.digest('hex').slice(0, 16);
}

/**
 * Article-level folds: each gold set is shuffled with a fixed seed and dealt round
 * robin, so every fold holds articles of both sets and no article is split.
 */
export function foldsOf(docs: LabelledDoc[], k: number): number[] {
  const fold = new Array<number>(docs.length);
  const bySet = new Map<string, number[]>();
  docs.forEach((d, i) => bySet.set(d.set, [...(bySet.get(d.set) ?? []), i]));
  for (const idx of bySet.values()) {
    const keyed = idx.map((i) => ({ i, key: createHash('md5').update(docs[i].doc).digest('hex') })).sort((a, b) => (a.key < b.key ? -1 : 1));
    keyed.forEach(({ i }, n) => (fold[i] = n % k));
  }
  return fold;
}

/**
 * Who published an article, from its file name: PolNeAR's names begin with the
 * outlet ("nyt_2016-…"), the news pages' with the site ("cnbc-ffc109d4").
 */
export function publisherOf(d: Pick<LabelledDoc, 'doc'>): string {
  return d.doc.includes('_') ? d.doc.slice(0, d.doc.indexOf('_')) : d.doc.replace(/-[0-9a-f]{6,}$/, '');
}

/**
 * Publisher-level folds: no publisher has articles on both sides of a fold, so
 * each article is read by models that never saw its outlet's house style (how its
 * columns sound, how it credits sources). Publishers are dealt to k folds largest
 * first, each to the fold with fewest articles so far, which puts PolNeAR's seven
 * outlets (about 20 articles each) in seven folds and spreads the one-article
 * news sites among them.
 */
export function publisherFoldsOf(docs: LabelledDoc[], k: number): number[] {
  const byPublisher = new Map<string, number[]>();
  docs.forEach((d, i) => byPublisher.set(publisherOf(d), [...(byPublisher.get(publisherOf(d)) ?? []), i]));
  const groups = [...byPublisher].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const size = new Array<number>(k).fill(0);
  const fold = new Array<number>(docs.length);
  for (const [, idx] of groups) {
    const f = size.indexOf(Math.min(...size));
    for (const i of idx) fold[i] = f;
    size[f] += idx.length;
  }
  return fold;
}
