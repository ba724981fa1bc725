#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order, with one closing line
 * `N passed, N failed` that sums them. Test suites count their tests; the other
 * checks (typecheck, builds, store lint, shipped-code audit) count one each.
 * A failing step does not stop the rest, so one run shows everything that is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✘'} ${label}`);
  return ok;
}

function suite(label, configArgs, out) {
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    failed++;
    console.log(`✘ ${label}: the runner wrote no results`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  // A suite that failed to load counts, or a broken file would pass silently.
  const broken = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  failed += broken;
  if (!ok && r.numFailedTests === 0 && broken === 0) failed++;
}

const only = process.argv[2];
if (!only || only === 'fast') {
  check('typecheck', 'npx', ['tsc', '--noEmit']);
  suite('unit and component tests', [], 'artifacts/unit-results.json');
  // The committed weights are what the labelled data gives (where the data is here).
  const shared = process.env.SOURCELIGHT_SHARED ?? '../shared';
  if (existsSync(`${shared}/gold`)) check('npm run train reproduces the committed weights', 'npx', ['tsx', 'scripts/train.ts', '--check']);
  if (existsSync(`${shared}/corpus/polnear-train`)) check('npm run mine:names reproduces the committed known names', 'npx', ['tsx', 'scripts/mine-names.ts', '--check']);
}
if (!only || only === 'e2e') {
  const chrome = check('build for Chrome', 'npx', ['wxt', 'build']);
  const firefox = check('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
  if (firefox) check('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']);
  if (chrome && firefox) check('shipped code audit (no remote code, eval or network calls)', 'node', ['scripts/audit-build.mjs']);
  if (chrome) suite('end-to-end tests in Chromium', ['--config', 'vitest.e2e.config.ts'], 'artifacts/e2e-results.json');
  else failed++;
  if (firefox) suite('end-to-end tests in Firefox ESR', ['--config', 'vitest.firefox.config.ts'], 'artifacts/e2e-firefox-results.json');
  else failed++;
}
const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync('artifacts/summary.txt', summary + '\n');
console.log(`\n${summary}`);
process.exit(failed > 0 ? 1 : 0);
