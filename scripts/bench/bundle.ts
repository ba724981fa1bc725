import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  bytes: number;
  gzip: number;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** Sizes of one group of files of the build, each counted once. */
function sizeOf(build: string, name: string, files: string[]): BundleSize {
  const unique = [...new Set(files)].filter((f) => existsSync(join(build, f)));
  const bufs = unique.map((f) => readFileSync(join(build, f)));
  return { name, files: unique, bytes: bufs.reduce((n, b) => n + b.length, 0), gzip: bufs.reduce((n, b) => n + gz(b), 0) };
}

/** A module and every chunk it imports statically (Vite's `from"./x.js"` and `import"./x.js"`), relative to the build. */
function withImports(build: string, file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(join(build, file))) return [...seen];
  seen.add(file);
  const src = readFileSync(join(build, file), 'utf8');
  for (const m of src.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    withImports(build, join(dirname(file), m[1]), seen);
  }
  return [...seen];
}

/**
 * The content script (JS and CSS, as the manifest injects them) and the popup (its
 * HTML, the scripts and styles it loads, and their chunks). WXT's production build
 * is already minified, so these are the shipped bytes.
 */
export function benchBundle(build: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  const cs: string[] = (manifest.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]);
  const popupHtml = manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? 'popup.html';
  const html = existsSync(join(build, popupHtml)) ? readFileSync(join(build, popupHtml), 'utf8') : '';
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const popup = [popupHtml, ...refs.flatMap((r) => (r.endsWith('.js') ? withImports(build, r) : [r]))];
  const all = (dir: string, prefix = ''): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  return [
    sizeOf(build, 'content script (js + css)', cs),
    sizeOf(build, 'content script js', cs.filter((f) => f.endsWith('.js'))),
    sizeOf(build, 'popup (html + js + css)', popup),
    sizeOf(build, 'whole extension', all(build)),
  ];
}

/** Mozilla Readability minified the same way (esbuild) and gzipped: what a reader mode ships. */
export async function readabilitySize(): Promise<BundleSize | null> {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@mozilla/readability/Readability.js');
  try {
    // esbuild comes with the build tools; if an install lacks it, the peer row is left out.
    const { transform } = await import('esbuild');
    const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, loader: 'js' });
    return { name: 'peer: Readability.js (esbuild-minified)', files: [file], bytes: Buffer.byteLength(code), gzip: gz(code) };
  } catch {
    return null;
  }
}
