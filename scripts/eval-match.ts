/**
 * `npm run eval:match`: scores claim matching on the shared development set
 * (gold/claim-matching: reference claims and sentences from other pages) and
 * prints precision, recall and F1 of matches, recall per kind and false
 * positives per kind. Writes artifacts/eval-match.json.
 * The shared folder is ../shared next to the project, or $SOURCELIGHT_SHARED.
 * The bar: precision ≥ 0.95, recall ≥ 0.85.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchLines, parseJsonl } from '../cli/commands/match';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.SOURCELIGHT_SHARED ?? resolve(projectRoot, '../shared');
const dir = join(shared, 'gold/claim-matching');

if (!existsSync(join(dir, 'claims.jsonl')) || !existsSync(join(dir, 'sentences.jsonl'))) {
  console.log(`No claim-matching gold at ${dir}; nothing to evaluate (set SOURCELIGHT_SHARED to point elsewhere).`);
  process.exit(0);
}

interface GoldSentence { id: string; text: string; match: string | null; kind: string; [k: string]: unknown }

const claims = parseJsonl(readFileSync(join(dir, 'claims.jsonl'), 'utf8'), 'claims.jsonl') as { id: string; text: string }[];
const sentences = parseJsonl(readFileSync(join(dir, 'sentences.jsonl'), 'utf8'), 'sentences.jsonl') as unknown as GoldSentence[];

const t0 = performance.now();
const results = matchLines(claims, sentences);
const ms = performance.now() - t0;

let tp = 0;
let predicted = 0;
const goldPositives = sentences.filter((s) => s.match).length;
const perKind = new Map<string, { total: number; recalled: number; falsePositives: number }>();
const errors: { id: string; kind: string; gold: string | null; predicted: string | null; score: number }[] = [];
sentences.forEach((s, i) => {
  const r = results[i];
  const k = perKind.get(s.kind) ?? { total: 0, recalled: 0, falsePositives: 0 };
  perKind.set(s.kind, k);
  k.total++;
  if (r.match) predicted++;
  if (r.match && r.match === s.match) { tp++; k.recalled++; }
  else if (r.match) k.falsePositives++;
  if (r.match !== s.match) errors.push({ id: s.id, kind: s.kind, gold: s.match, predicted: r.match, score: r.score });
});

const precision = predicted ? tp / predicted : 0;
const recall = goldPositives ? tp / goldPositives : 0;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const f = (x: number) => x.toFixed(3);

const lines = [
  `Claim matching (${claims.length} claims, ${sentences.length} sentences, ${ms.toFixed(0)} ms)`,
  `  precision ${f(precision)}  recall ${f(recall)}  F1 ${f(f1)}   (bar: precision ≥ 0.95, recall ≥ 0.85)`,
  `  matches: ${tp} correct of ${predicted} predicted, ${goldPositives} in gold`,
  '',
  '  kind            n   recall   false positives',
];
for (const [kind, k] of [...perKind.entries()].sort()) {
  const isPositive = sentences.some((s) => s.kind === kind && s.match);
  lines.push(`  ${kind.padEnd(14)} ${String(k.total).padStart(3)}   ${isPositive ? f(k.recalled / k.total) : '   - '}    ${k.falsePositives}`);
}
const pass = precision >= 0.95 && recall >= 0.85;
lines.push('', `  ${pass ? 'PASS' : 'FAIL'}: the bar is ${pass ? 'met' : 'not met'}`);
console.log(lines.join('\n'));

const out = join(projectRoot, 'artifacts');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'eval-match.json'), JSON.stringify({
  precision, recall, f1, correct: tp, predicted, gold: goldPositives, pass,
  perKind: Object.fromEntries(perKind), errors, ms,
}, null, 2));
console.log(`\nwritten: ${join('artifacts', 'eval-match.json')}`);
