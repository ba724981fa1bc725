import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/page/extract';
import { shingleScore, aggregate } from './metric';
const dir = '/work/shared/corpus/news-pages/';
const only = process.argv[2];
const scores = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  const id = f.replace('.html', '');
  if (only && !id.includes(only)) continue;
  const { document } = parseHTML(readFileSync(dir + f, 'utf8'));
  const t0 = performance.now();
  const ex = extractArticle(document as any);
  const ms = performance.now() - t0;
  const truth = readFileSync(dir + id + '.txt', 'utf8');
  const s = shingleScore(truth, ex?.text ?? '');
  scores.push(s);
  const p = s.tp / (s.tp + s.fp || 1), r = s.tp / (s.tp + s.fn || 1);
  console.log(`${id.padEnd(28)} P ${p.toFixed(3)} R ${r.toFixed(3)} ${ms.toFixed(0)}ms root=${ex?.root.tagName}.${ex?.root.getAttribute('class')?.slice(0,40)}`);
  if (only) console.log(ex?.text);
}
console.log(aggregate(scores));
