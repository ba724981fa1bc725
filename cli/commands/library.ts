/**
 * `sourcelight library import|export|list|pin|unpin|clear`: the claim library
 * for the command line. Node has no IndexedDB, so the CLI keeps its library as
 * a claim-pack JSON file (~/.sourcelight/library.json, or --file PATH); the
 * same pack format the extension exports and imports.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DEFAULT_MAX_CLAIMS, evictOldest, makePack, mergeArticles, parsePack, type StoredArticle,
} from '../../utils/library';

export const LIBRARY_USAGE = `usage: sourcelight library import PACK.json [--file LIBRARY.json]
       sourcelight library export [OUT.json] [--file LIBRARY.json]
       sourcelight library list [--file LIBRARY.json]
       sourcelight library pin|unpin URL [--file LIBRARY.json]
       sourcelight library clear [--file LIBRARY.json]`;

export interface LibraryIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
  /** Defaults to writing the file atomically on disk. */
  writeFile?: (path: string, content: string) => Promise<void>;
}

/** The default library file. */
export const defaultLibraryFile = (): string =>
  process.env.SOURCELIGHT_LIBRARY ?? join(homedir(), '.sourcelight', 'library.json');

async function atomicWrite(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content, 'utf8');
  await rename(tmp, path);
}

async function load(io: LibraryIO, file: string): Promise<StoredArticle[]> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return parsePack(text).pack.articles;
}

async function save(io: LibraryIO, file: string, articles: StoredArticle[]): Promise<void> {
  const write = io.writeFile ?? atomicWrite;
  await write(file, `${JSON.stringify(makePack(articles), null, 1)}\n`);
}

/** Run the command; returns the exit code. */
export async function runLibrary(args: string[], io: LibraryIO): Promise<number> {
  const rest = [...args];
  let file = defaultLibraryFile();
  const fi = rest.indexOf('--file');
  if (fi >= 0) {
    if (!rest[fi + 1]) { io.stderr(`${LIBRARY_USAGE}\n`); return 2; }
    file = rest[fi + 1];
    rest.splice(fi, 2);
  }
  const [sub, arg] = rest;
  if (sub === '-h' || sub === '--help' || sub === 'help') { io.stdout(`${LIBRARY_USAGE}\n`); return 0; }
  try {
    switch (sub) {
      case 'import': {
        if (!arg || rest.length !== 2) break;
        const { pack, errors } = parsePack(await io.readFile(arg));
        const merged = mergeArticles(await load(io, file), pack.articles);
        const { kept, dropped } = evictOldest(merged, DEFAULT_MAX_CLAIMS);
        await save(io, file, kept);
        for (const e of errors) io.stderr(`skipped: ${e}\n`);
        const n = pack.articles.reduce((s, a) => s + a.claims.length, 0);
        io.stderr(`imported ${pack.articles.length} article(s), ${n} claim(s) into ${file}${dropped ? `; ${dropped} oldest article(s) dropped` : ''}\n`);
        return 0;
      }
      case 'export': {
        if (rest.length > 2) break;
        const json = `${JSON.stringify(makePack(await load(io, file)), null, 1)}\n`;
        if (arg) await (io.writeFile ?? atomicWrite)(arg, json);
        else io.stdout(json);
        return 0;
      }
      case 'list': {
        for (const a of await load(io, file)) {
          io.stdout(`${JSON.stringify({ url: a.url, title: a.title, site: a.site, date: a.date, pinned: a.pinned, claims: a.claims.length })}\n`);
        }
        return 0;
      }
      case 'pin':
      case 'unpin': {
        if (!arg) break;
        const articles = await load(io, file);
        const a = articles.find((x) => x.url === arg || x.url === safeHref(arg));
        if (!a) { io.stderr(`sourcelight library: no article ${arg}\n`); return 1; }
        a.pinned = sub === 'pin';
        await save(io, file, articles);
        return 0;
      }
      case 'clear': {
        await save(io, file, []);
        return 0;
      }
    }
  } catch (err) {
    io.stderr(`sourcelight library: ${(err as Error).message}\n`);
    return 1;
  }
  io.stderr(`${LIBRARY_USAGE}\n`);
  return 2;
}

const safeHref = (s: string): string => {
  try { return new URL(s).href; } catch { return s; }
};
