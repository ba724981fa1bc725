/**
 * Reads PolNeAR (brat stand-off) for cue mining, tagger training and span scoring.
 * Deterministic: files are taken in sorted order, and where an article has two
 * annotators' files the first in sorted order is the one used.
 *
 * The articles that carry sentence labels in ../shared/gold/polnear-train are left
 * out of everything fitted here, so the status evaluation can cross-validate on them
 * without the tagger or the lexicon having seen them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const TRAIN_DIR = join(SHARED, 'corpus/polnear-train');
export const DEV_DIR = join(SHARED, 'corpus/polnear-dev');
export const GOLD_DIR = join(SHARED, 'gold/polnear-train');

export type Layer = 'cue' | 'source' | 'content';
export const LAYERS: Layer[] = ['cue', 'source', 'content'];

export interface Span {
  start: number;
  end: number;
}

export interface Article {
  name: string;
  text: string;
  /** Spans of each layer; a discontinuous brat span gives one span per fragment. */
  spans: Record<Layer, Span[]>;
  /** Files read, for the provenance hash. */
  files: { name: string; content: string }[];
}

const TYPE_TO_LAYER: Record<string, Layer> = { Cue: 'cue', Source: 'source', Content: 'content' };

export function parseAnn(ann: string): Record<Layer, Span[]> {
  const spans: Record<Layer, Span[]> = { cue: [], source: [], content: [] };
  const seen = new Set<string>();
  for (const line of ann.split('\n')) {
    const m = /^T\d+\t(\S+) ([\d; ]+)\t/.exec(line);
    if (!m) continue;
    const layer = TYPE_TO_LAYER[m[1]];
    if (!layer) continue;
    for (const part of m[2].split(';')) {
      const [a, b] = part.trim().split(' ').map(Number);
      if (!(b > a)) continue;
      const key = `${layer}:${a}:${b}`;
      if (seen.has(key)) continue;
      seen.add(key);
      spans[layer].push({ start: a, end: b });
    }
  }
  for (const l of LAYERS) spans[l].sort((x, y) => x.start - y.start || y.end - x.end);
  return spans;
}

/** Basenames of the articles with sentence labels (held out of all fitting). */
export function heldOutNames(): Set<string> {
  if (!existsSync(GOLD_DIR)) return new Set();
  return new Set(readdirSync(GOLD_DIR).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -'.jsonl'.length)));
}

/** Articles of a PolNeAR folder, sorted by name, minus `exclude`. */
export function readArticles(dir: string, exclude: Set<string> = new Set()): Article[] {
  const files = readdirSync(dir).sort();
  const anns = files.filter((f) => f.endsWith('.ann'));
  const out: Article[] = [];
  for (const txt of files.filter((f) => f.endsWith('.txt'))) {
    const name = basename(txt, '.txt');
    if (exclude.has(name)) continue;
    // Annotator files are `<name>_<4 hex>.ann`; the first in sorted order is used.
    const ann = anns.find((a) => a.startsWith(name + '_') && /^_[0-9a-f]{4}\.ann$/.test(a.slice(name.length)));
    if (!ann) continue;
    const text = readFileSync(join(dir, txt), 'utf8');
    const annText = readFileSync(join(dir, ann), 'utf8');
    out.push({
      name,
      text,
      spans: parseAnn(annText),
      files: [
        { name: txt, content: text },
        { name: ann, content: annText },
      ],
    });
  }
  return out;
}

/** SHA-256 over the names and contents of the files read, in order. */
export function fileSetHash(articles: Article[]): string {
  const h = createHash('sha256');
  for (const a of articles) for (const f of a.files) h.update(f.name + '\0' + createHash('sha256').update(f.content).digest('hex') + '\n');
  return h.digest('hex');
}

/** Source corpus and commit as the corpus README states them. */
export function corpusOrigin(dir: string): string {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  const repo = /repository\s+([\w-]+\/[\w-]+)/.exec(readme)?.[1] ?? 'unknown';
  const commit = /commit\s+([0-9a-f]{40})/.exec(readme)?.[1] ?? 'unknown';
  const folder = /folder\s+([\w/]+)/.exec(readme)?.[1] ?? '';
  return `PolNeAR v1.0.0 (${repo} @ ${commit}${folder ? ', ' + folder : ''})`;
}
