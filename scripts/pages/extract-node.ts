/**
 * Extraction quality on the real pages over linkedom, the CLI's DOM, with the
 * benchmark's measure: a fast check while working on the extractor (no build,
 * no browser). `npm run pages` is the real figure, in Chromium with the built
 * extension.
 *
 *   npx tsx scripts/pages/extract-node.ts [<id-substring>]   (with one page, prints its text)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/page/extract';
import { aggregate, shingleScore, type PageScore } from './metric';

const shared = process.env.SOURCELIGHT_SHARED ? resolve(process.env.SOURCELIGHT_SHARED) : resolve(import.meta.dirname, '../../../shared');
const dir = join(shared, 'corpus/news-pages');
if (!existsSync(dir)) {
  console.log(`skipped: no real pages at ${dir}`);
  process.exit(0);
}
const only = process.argv[2];
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && (!only || f.includes(only)))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();
const scores: PageScore[] = [];
for (const id of ids) {
  const { document } = parseHTML(readFileSync(join(dir, `${id}.html`), 'utf8'));
  const t0 = performance.now();
  const ex = extractArticle(document as unknown as Document);
  const ms = performance.now() - t0;
  const s = shingleScore(readFileSync(join(dir, `${id}.txt`), 'utf8'), ex?.text ?? '');
  scores.push(s);
  const { precision, recall } = aggregate([s]);
  const root = ex ? `${ex.root.tagName}.${(ex.root.getAttribute('class') ?? '').slice(0, 40)}` : 'none';
  console.log(`${id.padEnd(28)} P ${precision.toFixed(3)} R ${recall.toFixed(3)} ${ms.toFixed(0).padStart(4)} ms  root=${root}`);
  if (only && ids.length === 1) console.log(ex?.text);
}
const total = aggregate(scores);
console.log(`TOTAL ${scores.length} pages  P ${total.precision.toFixed(3)} R ${total.recall.toFixed(3)} F1 ${total.f1.toFixed(3)}`);
