import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** One real page of ../shared/corpus/news-pages: its saved HTML and the article text people marked. */
export interface CorpusPage {
  id: string;
  htmlPath: string;
  /** The human-marked article body (paragraphs separated by newlines). */
  text: string;
}

/**
 * The shared material, located as every script of the project does: next to the
 * project, or wherever SOURCELIGHT_SHARED points. Null when it is absent, so the
 * benchmark can skip those parts and say so.
 */
export function sharedDir(root: string): string | null {
  const dir = process.env.SOURCELIGHT_SHARED ? resolve(process.env.SOURCELIGHT_SHARED) : resolve(root, '../shared');
  return existsSync(join(dir, 'corpus/news-pages')) ? dir : null;
}

/** Every page with both its HTML and its article text, in file-name order (stable across runs). */
export function loadCorpus(shared: string): CorpusPage[] {
  const dir = join(shared, 'corpus/news-pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.txt'))))
    .sort()
    .map((f) => ({
      id: f.replace(/\.html$/, ''),
      htmlPath: join(dir, f),
      text: readFileSync(join(dir, f.replace(/\.html$/, '.txt')), 'utf8'),
    }));
}

/** The page whose article is of median length: the "typical" article for scaling runs. */
export function medianLengthPage(pages: CorpusPage[]): CorpusPage {
  const sorted = [...pages].sort((a, b) => a.text.length - b.text.length);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
