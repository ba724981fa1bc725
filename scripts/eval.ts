/**
 * `npm run eval`: scores the analyzer on the shared gold (news pages with LABELS.md
 * labels) and on PolNeAR dev, prints a table and writes artifacts/eval.json.
 * The shared folder is ../shared next to the project, or $SOURCELIGHT_SHARED.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNewsGold, scoreNews } from './eval/news-pages';
import { scorePolnear } from './eval/polnear';
import { formatReport } from './eval/report';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(projectRoot, '../shared');

if (!existsSync(shared)) {
  console.log(`No shared data at ${shared}; nothing to evaluate (set SOURCELIGHT_SHARED to point elsewhere).`);
  process.exit(0);
}

const goldDir = join(shared, 'gold/news-pages');
const corpusDir = join(shared, 'corpus/news-pages');
const polnearDir = join(shared, 'corpus/polnear-dev');

const news = existsSync(goldDir) ? scoreNews(loadNewsGold(goldDir, corpusDir)).scores : null;
const polnear = existsSync(polnearDir) ? scorePolnear(polnearDir) : null;

console.log(formatReport(news, polnear));
const out = join(projectRoot, 'artifacts');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'eval.json'), JSON.stringify({ news, polnear }, null, 2));
console.log(`\nwritten: ${join('artifacts', 'eval.json')}`);
