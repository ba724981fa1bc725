/**
 * Extraction against the human-marked text, line by line, over linkedom (no
 * browser): which extracted lines the .txt lacks (FP) and which of its lines the
 * extraction lost (FN). A tool for working on the extractor.
 *
 *   npx tsx scripts/pages/diff-node.ts <page-id> [<page-id> …]
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/page/extract';
const DIR = `${process.env.SOURCELIGHT_SHARED ?? new URL('../../../shared', import.meta.url).pathname}/corpus/news-pages/`;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
for (const id of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(DIR + id + '.html', 'utf8'));
  const ex = extractArticle(document as any)!;
  const gold = norm(readFileSync(DIR + id + '.txt', 'utf8'));
  const got = ex.text.split('\n');
  console.log('=====', id);
  for (const l of got) if (!gold.includes(norm(l).slice(0, 30))) console.log('  FP:', l.slice(0, 150));
  const t = norm(ex.text);
  for (const g of readFileSync(DIR + id + '.txt', 'utf8').split('\n').filter(Boolean)) if (!t.includes(norm(g).slice(0, 30))) console.log('  FN:', g.slice(0, 150));
}
