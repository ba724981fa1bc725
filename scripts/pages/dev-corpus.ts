/**
 * ../shared/corpus/extraction-dev for `npm run pages`: which pages there are,
 * what each is expected to yield, and how one page's observation scores.
 *
 * - readability/<name>/: Readability's own article (expected.html) is the
 *   reference; `readerable` in expected-metadata.json says whether Readability
 *   judges the page an article at all.
 * - trafilatura/: evaldata.json gives, per page, snippets a correct extraction
 *   contains ("with") and boilerplate it must leave out ("without").
 *
 * Only claims are painted, so "inside a highlight" is measured two ways: every
 * expected sentence (or snippet) in the text the extension read, which is what
 * extraction controls; and the expected article's own claims (the analyzer run on
 * the expected text, in Node) inside highlights, the dev pages' stand-in for the
 * news pages' gold claims. `npm run pages` passes the report's claim sentences
 * as the highlights: all of them are painted, though a long page registers only
 * a window of them around the viewport at a time.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../../utils/analysis/index';
import { detectLanguage } from '../../utils/analysis/language';
import { coverage, type GoldSentence } from './coverage';
import { tokens } from './metric';

export interface DevPage {
  /** "r/<name>" or "t/<file stem>". */
  id: string;
  file: string;
  set: 'readability' | 'trafilatura';
  /** Whether the page is an article by the reference (Readability's `readerable`; every trafilatura page). */
  article: boolean;
  /** The reference's language (from its expected text or snippets). */
  english: boolean;
  /** readability: the expected article's text, paragraphs on lines. */
  expected?: string;
  with?: string[];
  without?: string[];
}

/** Block tags of expected.html: a line break before each keeps paragraphs apart in the text. */
const BLOCK = /<(\/?)(p|div|li|h[1-6]|br|pre|blockquote|tr|td|th|section|article|figcaption|figure|dd|dt|ul|ol|table|header|footer)\b[^>]*>/gi;

function htmlToText(html: string): string {
  const { document } = parseHTML(`<html><body>${html.replace(BLOCK, '\n$&')}</body></html>`);
  return (document.body.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/**
 * Some of the trafilatura pages are German or Italian. The page's `lang` says so
 * when it is there, but a site template's `lang` can be wrong either way (a German
 * blog on a theme that says "en", an English post on a site that says "de" or
 * "fr"). The "with" snippets are the article itself, too short for the analyzer's
 * language test (20 words), so English and German function words are counted
 * against each other: when they plainly tell (one side at least 4 words and at
 * least twice the other), they decide; otherwise the declared `lang` does, and
 * without one the larger count.
 */
const ENGLISH_WORDS = new Set('the of and to a in that is was for on with as by at from it he she said his her their they have has be were are an this not but which who will you i we our can'.split(' '));
const GERMAN_WORDS = new Set('der die das und ist nicht mit für auf den dem des ein eine einer zu von sich auch im es wir ich sie zum zur wie oder aber was noch in unserer welche jedem über'.split(' '));
export function readsEnglish(snippets: string[], html: string): boolean {
  const words = snippets.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  const en = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const de = words.filter((w) => GERMAN_WORDS.has(w) || /[äöüß]/.test(w)).length;
  if (en >= 4 && en >= 2 * de) return true;
  if (de >= 4 && de >= 2 * en) return false;
  const declared = /<html[^>]*\slang=["']?([a-z]+)/i.exec(html)?.[1]?.toLowerCase();
  if (declared) return declared === 'en';
  return en > de;
}

export function devPages(dir: string): DevPage[] {
  const out: DevPage[] = [];
  const rdir = join(dir, 'readability');
  if (existsSync(rdir)) {
    for (const name of readdirSync(rdir).sort()) {
      const src = join(rdir, name, 'source.html');
      const exp = join(rdir, name, 'expected.html');
      if (!existsSync(src) || !existsSync(exp)) continue;
      const meta = JSON.parse(readFileSync(join(rdir, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean; lang?: string | null };
      const expected = htmlToText(readFileSync(exp, 'utf8'));
      out.push({
        id: `r/${name}`,
        file: src,
        set: 'readability',
        article: meta.readerable !== false,
        english: detectLanguage(expected, meta.lang ?? null) === 'en',
        expected,
      });
    }
  }
  const tdir = join(dir, 'trafilatura');
  const evalPath = join(tdir, 'evaldata.json');
  if (existsSync(evalPath)) {
    const data = JSON.parse(readFileSync(evalPath, 'utf8')) as Record<string, { file: string; with: string[]; without: string[] }>;
    for (const entry of Object.values(data).sort((a, b) => a.file.localeCompare(b.file))) {
      const file = join(tdir, entry.file);
      if (!existsSync(file)) continue;
      out.push({
        id: `t/${entry.file.replace(/\.html?$/, '')}`,
        file,
        set: 'trafilatura',
        article: true,
        english: readsEnglish(entry.with, readFileSync(file, 'utf8')),
        with: entry.with,
        without: entry.without,
      });
    }
  }
  return out;
}

/** One dev page's figures (counts, so totals are sums over pages). */
export interface DevScore {
  /** Expected sentences (readability) or "with" snippets (trafilatura). */
  expected: number;
  /** Of those, inside the text the extension read. */
  read: number;
  /** Of those, inside a highlight. */
  highlighted: number;
  /** Claims the analyzer finds in the expected text (readability), and how many are inside highlights. */
  claims: number;
  claimsHighlighted: number;
  /** "without" snippets, and how many were read / highlighted. */
  without: number;
  withoutRead: number;
  withoutHighlighted: number;
  /** Highlighted words, and those outside the expected article (readability). */
  highlightedWords: number;
  outsideWords: number;
  /** Examples for the worst-pages list. */
  missed: string[];
}

const norm = (s: string) => tokens(s.toLowerCase()).join(' ');

/**
 * Whether a snippet's words occur in order in `hay` (already normalised). Its
 * first and last words may be cut ("ve seen threats", "or the first time"):
 * trafilatura's snippets start and end anywhere.
 */
const snippetIn = (snippet: string, hay: string) => {
  const n = norm(snippet);
  return n.length > 0 && hay.includes(n);
};

export function scoreDevPage(page: DevPage, readText: string, highlighted: string[]): DevScore {
  const s: DevScore = {
    expected: 0,
    read: 0,
    highlighted: 0,
    claims: 0,
    claimsHighlighted: 0,
    without: 0,
    withoutRead: 0,
    withoutHighlighted: 0,
    highlightedWords: 0,
    outsideWords: 0,
    missed: [],
  };
  if (page.expected !== undefined) {
    const records = analyze(page.expected);
    const sentences: GoldSentence[] = records
      .filter((r) => tokens(r.text).length >= 4)
      .map((r) => ({ start: r.start, end: r.end, text: r.text, status: 'claim' }));
    const inRead = coverage(sentences, [readText]);
    const inPaint = coverage(sentences, highlighted);
    s.expected = sentences.length;
    s.read = inRead.covered;
    s.highlighted = inPaint.covered;
    s.missed = inRead.missed.slice(0, 3).map((m) => m.text.slice(0, 120));
    const claims: GoldSentence[] = records
      .filter((r) => r.status !== 'none' && tokens(r.text).length >= 4)
      .map((r) => ({ start: r.start, end: r.end, text: r.text, status: r.status }));
    const c = coverage(claims, highlighted);
    s.claims = c.claims;
    s.claimsHighlighted = c.covered;
    // Highlighted words outside the expected article: a word counts as inside
    // when a 4-gram holding it occurs in the expected text.
    const grams = new Set<string>();
    const t = tokens(page.expected.toLowerCase());
    for (let i = 0; i + 4 <= t.length; i++) grams.add(t.slice(i, i + 4).join(' '));
    for (const h of highlighted) {
      const w = tokens(h.toLowerCase());
      s.highlightedWords += w.length;
      if (w.length < 4) continue;
      for (let j = 0; j < w.length; j++) {
        let inside = false;
        for (let k = Math.max(0, j - 3); k <= Math.min(j, w.length - 4) && !inside; k++) inside = grams.has(w.slice(k, k + 4).join(' '));
        if (!inside) s.outsideWords++;
      }
    }
  } else {
    const readHay = ` ${norm(readText)} `;
    const paintHay = ` ${highlighted.map(norm).join(' ')} `;
    for (const w of page.with ?? []) {
      s.expected++;
      if (snippetIn(w, readHay)) s.read++;
      else if (s.missed.length < 3) s.missed.push(w);
      if (snippetIn(w, paintHay)) s.highlighted++;
    }
    for (const w of page.without ?? []) {
      s.without++;
      if (snippetIn(w, readHay)) s.withoutRead++;
      if (snippetIn(w, paintHay)) s.withoutHighlighted++;
    }
    for (const h of highlighted) s.highlightedWords += tokens(h).length;
  }
  return s;
}
