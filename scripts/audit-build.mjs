#!/usr/bin/env node
/**
 * Checks what we ship: no remote code, no eval, no network calls. Store reviewers
 * reject the first two, and the third would break our promise that nothing leaves
 * the reader's device. Scans every file of both builds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.SOURCELIGHT_OUT_DIR ?? '.output';
const builds = [`${out}/chrome-mv3`, `${out}/firefox-mv2`];
const FORBIDDEN = [
  [/\beval\s*\(/, 'eval()'],
  [/\bnew\s+Function\s*\(/, 'new Function()'],
  [/\bfetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bnew\s+WebSocket\b/, 'WebSocket'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/\bnew\s+EventSource\b/, 'EventSource'],
  [/\bimportScripts\s*\(/, 'importScripts()'],
  [/<script[^>]+src=["']https?:/i, 'remote <script src>'],
  [/\bimport\s*\(\s*["']https?:/, 'remote import()'],
];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

let problems = 0;
for (const build of builds) {
  for (const file of files(build).filter((f) => /\.(m?js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const [re, what] of FORBIDDEN) {
      const m = re.exec(text);
      if (m) {
        problems++;
        console.log(`${file}: ${what} near "${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}"`);
      }
    }
  }
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|unsafe-eval/.test(csp)) {
    problems++;
    console.log(`${build}/manifest.json: content_security_policy allows remote or eval'd code: ${csp}`);
  }
}
console.log(problems ? `${problems} problems in the shipped code` : 'shipped code: no remote code, eval or network calls');
process.exit(problems ? 1 : 0);
