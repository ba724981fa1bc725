/**
 * The extraction-dev pages over linkedom, the CLI's DOM: the first look, the
 * extraction, and how much of the expected article it read. A fast check while
 * working on the extractor (no build, no browser, no layout); `npm run pages`
 * is the real figure.
 *
 *   npx tsx scripts/pages/dev-node.ts [<id-substring>]   (with one page, prints its text)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/page/extract';
import { precheck } from '../../utils/page/precheck';
import { devPages, scoreDevPage } from './dev-corpus';

const shared = process.env.SOURCELIGHT_SHARED ? resolve(process.env.SOURCELIGHT_SHARED) : resolve(import.meta.dirname, '../../../shared');
const dir = join(shared, 'corpus/extraction-dev');
if (!existsSync(dir)) {
  console.log(`skipped: no pages at ${dir}`);
  process.exit(0);
}
const only = process.argv[2];
const pages = devPages(dir).filter((p) => !only || p.id.includes(only));
let expected = 0;
let read = 0;
let without = 0;
let withoutRead = 0;
let said = 0;
let articles = 0;
for (const p of pages) {
  const { document } = parseHTML(readFileSync(p.file, 'utf8'));
  const doc = document as unknown as Document;
  const first = precheck(doc);
  const ex = first.go ? extractArticle(doc) : null;
  const s = scoreDevPage(p, ex?.text ?? '', []);
  if (p.article && p.english) {
    articles++;
    if (ex) said++;
    expected += s.expected;
    read += s.read;
    without += s.without;
    withoutRead += s.withoutRead;
  }
  const root = ex ? ex.roots.map((r) => `${r.tagName}.${(r.getAttribute('class') ?? '').slice(0, 30)}`).join(',').slice(0, 60) : first.go ? 'none' : 'first look: no';
  console.log(`${p.id.slice(0, 44).padEnd(44)} ${p.article ? 'art' : 'non'}${p.english ? ' ' : '*'} read ${`${s.read}/${s.expected}`.padStart(8)} w/o ${s.without ? `${s.withoutRead}/${s.without}` : '–'}  ${root}`);
  if (only && pages.length === 1) console.log(ex?.text);
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(`TOTAL English articles found ${said}/${articles}, expected read ${read}/${expected} (${pct(read, expected)}), "without" read ${withoutRead}/${without} (${pct(withoutRead, without)})`);
