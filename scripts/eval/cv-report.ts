/**
 * The headline table of `npm run eval`: per gold set, the cross-validated score
 * (models fitted on the other folds), the fit (fitted and scored on everything),
 * the gap between them, and the rules alone; then per status.
 */
import { STATUSES } from '../../utils/analysis/types';
import type { CrossValidation } from './cross-validate';
import type { NewsScores } from './news-pages';

const f = (x: number): string => x.toFixed(3);
const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(3);

const MEASURES: [string, (s: NewsScores) => number][] = [
  ['status accuracy', (s) => s.status.accuracy],
  ['status macro-F1', (s) => s.status.macroF1],
  ['source F1, lenient', (s) => s.source.lenient.f1],
  ['source F1, strict', (s) => s.source.strict.f1],
  ['source-type accuracy', (s) => s.sourceType.accuracy],
  ['claim F1', (s) => s.claims.f1],
];

export function formatCrossValidation(cv: CrossValidation): string {
  const lines: string[] = [];
  lines.push(`Cross-validated by article (${cv.folds} folds; every fitted weight and margin fitted on the training folds only)`);
  for (const [name, s] of Object.entries(cv.sets)) {
    lines.push('');
    lines.push(`${name} (${s.articles} articles, ${s.cv.sentences.gold} sentences)`);
    lines.push(`  ${''.padEnd(22)} ${'CV'.padStart(7)} ${'fit'.padStart(7)} ${'gap'.padStart(7)} ${'rules'.padStart(7)}`);
    for (const [label, get] of MEASURES) {
      lines.push(`  ${label.padEnd(22)} ${f(get(s.cv)).padStart(7)} ${f(get(s.fit)).padStart(7)} ${signed(get(s.fit) - get(s.cv)).padStart(7)} ${f(get(s.rules)).padStart(7)}`);
    }
    lines.push('  status F1            CV      fit     gap   rules   (gold n)');
    for (const st of STATUSES) {
      const c = s.cv.status.perStatus[st], t = s.fit.status.perStatus[st], r = s.rules.status.perStatus[st];
      lines.push(`    ${st.padEnd(18)} ${f(c.f1).padStart(7)} ${f(t.f1).padStart(7)} ${signed(t.f1 - c.f1).padStart(7)} ${f(r.f1).padStart(7)}   (${c.tp + c.fn})`);
    }
  }
  const all = cv.sets.all?.cv;
  if (all) {
    lines.push('');
    lines.push('all, cross-validated confusion (rows gold, columns predicted):');
    lines.push('    ' + ''.padEnd(13) + STATUSES.map((t) => t.slice(0, 6).padStart(7)).join(''));
    for (const g of STATUSES) lines.push('    ' + g.padEnd(13) + STATUSES.map((t) => String(all.status.confusion[g][t]).padStart(7)).join(''));
  }
  return lines.join('\n');
}
