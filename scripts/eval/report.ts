/** The printed table of `npm run eval`, with the issue's bar beside each figure. */
import { STATUSES } from '../../utils/analysis/types';
import type { NewsScores } from './news-pages';
import type { scorePolnear } from './polnear';

const f = (x: number): string => x.toFixed(3);
const row = (name: string, value: number, bar?: number): string =>
  `  ${name.padEnd(34)} ${f(value)}${bar === undefined ? '' : `   (bar ${bar.toFixed(2)} ${value >= bar ? 'met' : 'NOT met'})`}`;
const prfLine = (name: string, x: { p: number; r: number; f1: number }, bar?: number): string =>
  `${row(`${name} F1`, x.f1, bar)}   P ${f(x.p)} R ${f(x.r)}`;

/** Render both corpora's scores as text. */
export function formatReport(news: NewsScores | null, polnear: ReturnType<typeof scorePolnear> | null): string {
  const lines: string[] = [];
  if (news) {
    const s = news.sentences;
    lines.push(`News pages gold: ${news.documents} documents, ${s.gold} gold sentences, ${s.predicted} predicted, ${s.matched} aligned (${s.exact} exact spans)`);
    lines.push(prfLine('claim detection', news.claims, 0.92));
    lines.push(row('status accuracy', news.status.accuracy));
    lines.push(row('status macro-F1', news.status.macroF1, 0.8));
    lines.push(prfLine('source strict', news.source.strict, 0.75));
    lines.push(prfLine('source lenient', news.source.lenient, 0.85));
    lines.push(row(`source type accuracy (n=${news.sourceType.n})`, news.sourceType.accuracy, 0.85));
    lines.push('  per status:');
    for (const st of STATUSES) {
      const x = news.status.perStatus[st];
      lines.push(`    ${st.padEnd(13)} F1 ${f(x.f1)}  P ${f(x.p)}  R ${f(x.r)}  (gold ${x.tp + x.fn})`);
    }
    lines.push('  confusion (rows gold, columns predicted):');
    lines.push('    ' + ''.padEnd(13) + STATUSES.map((t) => t.slice(0, 6).padStart(7)).join(''));
    for (const g of STATUSES) lines.push('    ' + g.padEnd(13) + STATUSES.map((t) => String(news.status.confusion[g][t]).padStart(7)).join(''));
  }
  if (polnear) {
    lines.push(`PolNeAR dev: ${polnear.articles} articles, ${polnear.attributions.kept} speech attributions kept (${polnear.attributions.dropped} others), ${polnear.sentences.scored} sentences scored`);
    lines.push(prfLine('source strict', polnear.strict));
    lines.push(prfLine('source lenient', polnear.lenient, 0.84));
  }
  return lines.join('\n');
}
