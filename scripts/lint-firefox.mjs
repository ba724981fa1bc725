#!/usr/bin/env node
/**
 * Runs the add-on store's linter (web-ext lint) on the Firefox build and fails on
 * any error. Warnings are printed with the reason we accept them, if any.
 */
import { spawnSync } from 'node:child_process';

const dir = process.argv[2] ?? `${process.env.SOURCELIGHT_OUT_DIR ?? '.output'}/firefox-mv2`;
const res = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  console.error(res.stdout, res.stderr);
  console.error('web-ext lint printed no JSON report');
  process.exit(1);
}
const show = (kind, list) => list.forEach((m) => console.log(`${kind}: ${m.code} ${m.file ?? ''} — ${m.message}`));
show('error', report.errors);
show('warning', report.warnings);
show('notice', report.notices);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
process.exit(report.errors.length > 0 ? 1 : 0);
