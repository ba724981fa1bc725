/** Scores the analyzer against the labelled news pages (LABELS.md gold). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../utils/analysis/index';
import { STATUSES, type SentenceRecord, type Status } from '../../utils/analysis/types';
import { lenientMatch, prf, strictMatch } from './normalize';

export interface GoldSentence {
  doc: string;
  start: number;
  end: number;
  text: string;
  status: Status;
  source: { text: string; type: string; chain: string[]; resolved: string | null } | null;
  carried?: boolean;
}

/** A gold sentence with the predicted sentence aligned to it (or null). */
export interface Pair {
  gold: GoldSentence;
  pred: SentenceRecord | null;
}

/**
 * Align: each predicted sentence goes to the gold sentence it overlaps most; it
 * matches when the overlap is at least half of that gold span.
 */
export function align(gold: GoldSentence[], pred: SentenceRecord[]): { pairs: Pair[]; unmatchedPred: SentenceRecord[] } {
  const best = new Map<GoldSentence, { p: SentenceRecord; ov: number }>();
  const unmatchedPred: SentenceRecord[] = [];
  let g0 = 0;
  for (const p of pred) {
    while (g0 < gold.length && gold[g0].end <= p.start) g0++;
    let top: GoldSentence | null = null;
    let ov = 0;
    for (let k = g0; k < gold.length && gold[k].start < p.end; k++) {
      const o = Math.min(p.end, gold[k].end) - Math.max(p.start, gold[k].start);
      if (o > ov) (ov = o), (top = gold[k]);
    }
    if (top && ov * 2 >= top.end - top.start && (!best.has(top) || best.get(top)!.ov < ov)) {
      if (best.has(top)) unmatchedPred.push(best.get(top)!.p);
      best.set(top, { p, ov });
    } else unmatchedPred.push(p);
  }
  return { pairs: gold.map((g) => ({ gold: g, pred: best.get(g)?.p ?? null })), unmatchedPred };
}

export interface NewsScores {
  documents: number;
  sentences: { gold: number; predicted: number; matched: number; exact: number };
  claims: ReturnType<typeof prf>;
  status: { accuracy: number; macroF1: number; perStatus: Record<string, ReturnType<typeof prf>>; confusion: Record<string, Record<string, number>> };
  source: { strict: ReturnType<typeof prf>; lenient: ReturnType<typeof prf> };
  sourceType: { accuracy: number; n: number; confusion: Record<string, Record<string, number>> };
  perDocument: Record<string, { statusAccuracy: number; sourceLenientF1: number }>;
}

/** Read the gold files of `goldDir` and their texts in `corpusDir`. */
export function loadNewsGold(goldDir: string, corpusDir: string): { doc: string; text: string; gold: GoldSentence[] }[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const doc = f.replace(/\.jsonl$/, '');
      const gold = readFileSync(join(goldDir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldSentence);
      const txt = join(corpusDir, `${doc}.txt`);
      return { doc, text: existsSync(txt) ? readFileSync(txt, 'utf8') : '', gold: gold.sort((a, b) => a.start - b.start) };
    })
    .filter((d) => d.text);
}

function sourceCounts(pairs: Pair[], unmatched: SentenceRecord[], match: (g: string, p: string) => boolean) {
  let tp = 0, fp = 0, fn = 0;
  for (const { gold, pred } of pairs) {
    const g = gold.source, p = pred?.source ?? null;
    if (g && p) (match(g.text, p.text) ? tp++ : (fp++, fn++));
    else if (g) fn++;
    else if (p) fp++;
  }
  for (const p of unmatched) if (p.source) fp++;
  return prf(tp, fp, fn);
}

/** Score all documents. */
export function scoreNews(
  docs: { doc: string; text: string; gold: GoldSentence[] }[],
  read: (doc: { doc: string; text: string }) => SentenceRecord[] = (d) => analyze(d.text),
): { scores: NewsScores; pairs: Pair[] } {
  const allPairs: Pair[] = [];
  const allUnmatched: SentenceRecord[] = [];
  const perDocument: NewsScores['perDocument'] = {};
  let predicted = 0, exact = 0;
  for (const d of docs) {
    const pred = read(d);
    predicted += pred.length;
    const { pairs, unmatchedPred } = align(d.gold, pred);
    exact += pairs.filter((p) => p.pred && p.pred.start === p.gold.start && p.pred.end === p.gold.end).length;
    allPairs.push(...pairs);
    allUnmatched.push(...unmatchedPred);
    const m = pairs.filter((p) => p.pred);
    perDocument[d.doc] = {
      statusAccuracy: m.filter((p) => p.pred!.status === p.gold.status).length / Math.max(1, m.length),
      sourceLenientF1: sourceCounts(pairs, unmatchedPred, lenientMatch).f1,
    };
  }
  const matched = allPairs.filter((p) => p.pred);
  // Claims: any status but `none`; unmatched sentences count against recall/precision.
  let tp = 0, fp = 0, fn = 0;
  for (const { gold, pred } of allPairs) {
    const g = gold.status !== 'none', p = pred ? pred.status !== 'none' : false;
    if (g && p) tp++;
    else if (g) fn++;
    else if (p) fp++;
  }
  for (const p of allUnmatched) if (p.status !== 'none') fp++;
  const confusion: Record<string, Record<string, number>> = {};
  for (const s of STATUSES) confusion[s] = Object.fromEntries(STATUSES.map((t) => [t, 0]));
  for (const { gold, pred } of matched) confusion[gold.status][pred!.status]++;
  const perStatus: Record<string, ReturnType<typeof prf>> = {};
  for (const s of STATUSES) {
    const stp = confusion[s][s];
    const sfn = STATUSES.reduce((a, t) => a + (t === s ? 0 : confusion[s][t]), 0);
    const sfp = STATUSES.reduce((a, t) => a + (t === s ? 0 : confusion[t][s]), 0);
    perStatus[s] = prf(stp, sfp, sfn);
  }
  const lenient = sourceCounts(allPairs, allUnmatched, lenientMatch);
  const typePairs = matched.filter((p) => p.gold.source && p.pred!.source && lenientMatch(p.gold.source.text, p.pred!.source.text));
  const typeConfusion: Record<string, Record<string, number>> = {};
  for (const p of typePairs) {
    const g = p.gold.source!.type, t = p.pred!.source!.type;
    typeConfusion[g] ??= {};
    typeConfusion[g][t] = (typeConfusion[g][t] ?? 0) + 1;
  }
  return {
    pairs: allPairs,
    scores: {
      documents: docs.length,
      sentences: { gold: allPairs.length, predicted, matched: matched.length, exact },
      claims: prf(tp, fp, fn),
      status: {
        accuracy: matched.filter((p) => p.pred!.status === p.gold.status).length / Math.max(1, matched.length),
        macroF1: STATUSES.reduce((a, s) => a + perStatus[s].f1, 0) / STATUSES.length,
        perStatus,
        confusion,
      },
      source: { strict: sourceCounts(allPairs, allUnmatched, strictMatch), lenient },
      sourceType: {
        accuracy: typePairs.filter((p) => p.gold.source!.type === p.pred!.source!.type).length / Math.max(1, typePairs.length),
        n: typePairs.length,
        confusion: typeConfusion,
      },
      perDocument,
    },
  };
}
