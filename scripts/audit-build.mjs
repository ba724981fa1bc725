#!/usr/bin/env node
/**
 * Checks what we ship: no remote code, no eval, no network calls. Store reviewers
 * reject the first two, and the third would break our promise that nothing leaves
 * the reader's device. Scans every file of both builds and their manifests.
 *
 * This is the static half; the runtime half is tests/e2e/hostile-network.test.ts,
 * which records every request Chromium makes while the extension works.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.SOURCELIGHT_OUT_DIR ?? '.output';
const builds = [`${out}/chrome-mv3`, `${out}/firefox-mv2`];

/** Code that evaluates strings or reaches the network, as it survives minification. */
const FORBIDDEN = [
  [/\beval\s*\(/, 'eval()'],
  [/\[\s*["'`]eval["'`]\s*\]/, 'eval by name'],
  [/\b(?:globalThis|window|self)\s*\.\s*eval\b/, 'eval by name'],
  [/\bnew\s+Function\s*\(/, 'new Function()'],
  [/(?<![.\w$])Function\s*\(\s*["'`]/, 'Function() from a string'],
  [/\bset(?:Timeout|Interval)\s*\(\s*["'`]/, 'setTimeout/setInterval with a string'],
  [/\bfetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/\bEventSource\b/, 'EventSource'],
  [/\bWebTransport\b/, 'WebTransport'],
  [/\bRTCPeerConnection\b/, 'RTCPeerConnection'],
  [/\bimportScripts\s*\(/, 'importScripts()'],
  // Not after `.` or `async ` or a method-definition position: `lib.import(x)` and
  // `async import(e){…}` are our claim library's method, not dynamic import.
  [/(?<![.\w$]\s*|async\s+)\bimport\s*\(\s*(?!["'`]\.{0,2}\/)(?![^)]*\)\s*\{)/, 'import() of a computed or remote module'],
  // A call, not the name: the browser API polyfill lists every method name in a table.
  [/\.\s*(?:connectNative|sendNativeMessage)\s*\(/, 'native messaging'],
  [/\bserviceWorker\s*\.\s*register\b/, 'service worker registration'],
  [/<script[^>]+src=["']?(?:https?:)?\/\//i, 'remote <script src>'],
  [/<link[^>]+href=["']?(?:https?:)?\/\//i, 'remote <link href>'],
  [/<iframe[^>]+src=["']?(?:https?:)?\/\//i, 'remote <iframe src>'],
];

/**
 * URL literals that are names, not places: XML namespaces, the content script's
 * match patterns, and links printed in development-only error messages of the
 * build tool. Anything else that looks like a URL is reported.
 */
const NAME_URLS = [
  /^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
  /^https?:\/\/\*\/\*$/,
  /^https:\/\/(github\.com\/wxt-dev\/wxt\/issues\/\d+|wxt\.dev\/[\w./-]+)$/,
];

/** Permissions that would let the extension watch, reroute or open connections. */
const NETWORK_PERMISSIONS = ['webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'proxy', 'nativeMessaging', 'debugger', 'dns', 'socket'];

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

let problems = 0;
const report = (where, what, text, index) => {
  problems++;
  const near = text === undefined ? '' : ` near "${text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ')}"`;
  console.log(`${where}: ${what}${near}`);
};

for (const build of builds) {
  if (!existsSync(join(build, 'manifest.json'))) {
    report(build, 'no build here (run the builds first)');
    continue;
  }
  const all = files(build);
  const code = all.filter((f) => /\.(m?js|html?)$/.test(f));
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    for (const [re, what] of FORBIDDEN) {
      const m = re.exec(text);
      if (m) report(file, what, text, m.index);
    }
    for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) {
      if (!NAME_URLS.some((ok) => ok.test(m[0]))) report(file, `remote address ${m[0]}`, text, m.index);
    }
  }
  // Anything executable must be code we built: no WebAssembly or stray binaries.
  for (const f of all.filter((f) => /\.(wasm|exe|dll|so|dylib)$/i.test(f))) report(f, 'binary code in the build');

  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (/https?:|unsafe-eval|wasm-unsafe-eval|\*/.test(csp)) report(`${build}/manifest.json`, `content_security_policy allows remote or eval'd code: ${csp}`);
  const perms = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  for (const p of perms.filter((p) => NETWORK_PERMISSIONS.includes(p))) report(`${build}/manifest.json`, `permission "${p}" reaches the network`);
  if (manifest.externally_connectable) report(`${build}/manifest.json`, 'externally_connectable lets web pages message the extension');
  // Every script the manifest loads must be a file of the build, never a URL.
  const scripts = [
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
  ];
  for (const s of scripts) if (/^[a-z]+:/i.test(s) || !existsSync(join(build, s))) report(`${build}/manifest.json`, `script "${s}" is not a file of the build`);
}
console.log(problems ? `${problems} problems in the shipped code` : 'shipped code: no remote code, eval or network calls (both builds, all files, manifests)');
process.exit(problems ? 1 : 0);
