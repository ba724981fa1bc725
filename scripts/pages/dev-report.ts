/**
 * The extraction-dev half of `npm run pages`: a row per page, totals against the
 * issue's bars, and the worst pages so the next fix is obvious.
 */
import type { DevScore } from './dev-corpus';

export interface DevRow extends DevScore {
  id: string;
  /** The reference says article (Readability's `readerable`; every trafilatura page). */
  article: boolean;
  english: boolean;
  state: string;
  reason?: string;
  errors: string[];
  requests: string[];
  mutations: number;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const share = (a: number, b: number) => (b ? a / b : null);

/** Whether the verdict says "article" (an article in a language the analyzer does not read is still one). */
const saysArticle = (state: string) => state === 'article' || state === 'unsupported-language';

export function devSummary(rows: DevRow[], extensionPageRequests: number) {
  const sum = (f: (r: DevRow) => number, rs = rows) => rs.reduce((n, r) => n + f(r), 0);
  // Text figures over the pages the analyzer should read: English articles.
  const readab = rows.filter((r) => r.id.startsWith('r/') && r.article && r.english);
  const traf = rows.filter((r) => r.id.startsWith('t/') && r.article && r.english);
  const articles = rows.filter((r) => r.article);
  // An English article should end highlighted; one in another language should say which.
  const english = articles.filter((r) => r.english);
  const highlightedPages = english.filter((r) => r.highlightedWords > 0).length;
  const foreign = articles.filter((r) => !r.english);
  const nonArticles = rows.filter((r) => !r.article);
  const errors = sum((r) => r.errors.length);
  const requests = sum((r) => r.requests.length) + extensionPageRequests;
  const changed = rows.filter((r) => r.mutations > 0).length;
  const figures = {
    pages: rows.length,
    articles: articles.length,
    articlesSaidArticle: articles.filter((r) => saysArticle(r.state)).length,
    englishArticles: english.length,
    englishArticlesHighlighted: highlightedPages,
    foreignArticlesSaidSo: foreign.filter((r) => r.state === 'unsupported-language').length,
    foreignArticles: foreign.length,
    nonArticles: nonArticles.length,
    nonArticlesSaidSo: nonArticles.filter((r) => r.state === 'not-article').length,
    readability: {
      sentences: sum((r) => r.expected, readab),
      read: sum((r) => r.read, readab),
      highlighted: sum((r) => r.highlighted, readab),
      claims: sum((r) => r.claims, readab),
      claimsHighlighted: sum((r) => r.claimsHighlighted, readab),
      highlightedWords: sum((r) => r.highlightedWords, readab),
      outsideWords: sum((r) => r.outsideWords, readab),
    },
    trafilatura: {
      with: sum((r) => r.expected, traf),
      withRead: sum((r) => r.read, traf),
      withHighlighted: sum((r) => r.highlighted, traf),
      without: sum((r) => r.without, traf),
      withoutRead: sum((r) => r.withoutRead, traf),
      withoutHighlighted: sum((r) => r.withoutHighlighted, traf),
    },
    errors,
    requests,
    domChangedPages: changed,
  };
  const R = figures.readability;
  const T = figures.trafilatura;
  const bar = {
    articlesHighlighted: (share(highlightedPages, english.length) ?? 1) >= 0.97,
    sentencesRead: (share(R.read, R.sentences) ?? 1) >= 0.9,
    claimsHighlighted: (share(R.claimsHighlighted, R.claims) ?? 1) >= 0.9,
    withRead: (share(T.withRead, T.with) ?? 1) >= 0.9,
    withoutRead: (share(T.withoutRead, T.without) ?? 0) <= 0.03,
    withoutHighlighted: (share(T.withoutHighlighted, T.without) ?? 0) <= 0.03,
    outsideArticle: (share(R.outsideWords, R.highlightedWords) ?? 0) <= 0.05,
    errors: errors === 0,
    requests: requests === 0,
    domUnchanged: changed === 0,
  };
  return { ...figures, bar };
}

export function printDevRow(r: DevRow, header: boolean): void {
  if (header) {
    console.log('');
    console.log(`${'extraction-dev page'.padEnd(44)} ${'ref'.padEnd(5)} ${'state'.padEnd(12)} ${'read'.padStart(9)} ${'painted'.padStart(9)} ${'claims'.padStart(9)} ${'w/o'.padStart(5)} ${'out'.padStart(6)} errs reqs DOM`);
  }
  const ref = `${r.article ? 'art' : 'non'}${r.english ? '' : '*'}`;
  const frac = (a: number, b: number) => (b ? `${a}/${b}` : '–').padStart(9);
  console.log(
    `${r.id.slice(0, 44).padEnd(44)} ${ref.padEnd(5)} ${r.state.slice(0, 12).padEnd(12)} ${frac(r.read, r.expected)} ${frac(r.highlighted, r.expected)} ${frac(r.claimsHighlighted, r.claims)} ` +
      `${(r.without ? `${r.withoutHighlighted}/${r.without}` : '–').padStart(5)} ${(r.highlightedWords ? pct(r.outsideWords, r.highlightedWords) : '–').padStart(6)} ` +
      `${String(r.errors.length).padStart(4)} ${String(r.requests.length).padStart(4)} ${r.mutations ? `Δ${r.mutations}` : 'same'}`,
  );
}

export function printDevSummary(s: ReturnType<typeof devSummary>, rows: DevRow[]): void {
  const R = s.readability;
  const T = s.trafilatura;
  console.log('─'.repeat(104));
  console.log(
    `DEV ${s.pages} pages   articles said article ${s.articlesSaidArticle}/${s.articles}   English articles highlighted ${s.englishArticlesHighlighted}/${s.englishArticles} (${pct(s.englishArticlesHighlighted, s.englishArticles)})   ` +
      `other-language articles said so ${s.foreignArticlesSaidSo}/${s.foreignArticles}   non-articles said so ${s.nonArticlesSaidSo}/${s.nonArticles}`,
  );
  console.log(
    `readability: sentences read ${R.read}/${R.sentences} (${pct(R.read, R.sentences)}), inside highlights ${R.highlighted}/${R.sentences} (${pct(R.highlighted, R.sentences)}), ` +
      `expected claims highlighted ${R.claimsHighlighted}/${R.claims} (${pct(R.claimsHighlighted, R.claims)}), highlighted words outside the article ${R.outsideWords}/${R.highlightedWords} (${pct(R.outsideWords, R.highlightedWords)})`,
  );
  console.log(
    `trafilatura: "with" read ${T.withRead}/${T.with} (${pct(T.withRead, T.with)}), highlighted ${T.withHighlighted}/${T.with} (${pct(T.withHighlighted, T.with)}); ` +
      `"without" read ${T.withoutRead}/${T.without} (${pct(T.withoutRead, T.without)}), highlighted ${T.withoutHighlighted}/${T.without} (${pct(T.withoutHighlighted, T.without)})`,
  );
  console.log(`errors ${s.errors}   requests ${s.requests}   pages with DOM changes ${s.domChangedPages}`);
  console.log(`bar: ${Object.entries(s.bar).map(([k, v]) => `${k} ${v ? 'met' : 'NOT met'}`).join(', ')}`);
  // Worst first: an article read wrongly costs most, then the share of its text missed, then boilerplate read.
  const lost = (r: DevRow) =>
    !r.article || !r.english
      ? r.state === 'article' && !r.article ? 0.5 : 0
      : (r.article && r.english && !r.highlightedWords ? 2 : 0) + (r.expected ? 1 - r.read / r.expected : 0) + (r.without ? r.withoutRead / r.without : 0) + (r.highlightedWords ? r.outsideWords / r.highlightedWords : 0);
  const worst = rows.filter((r) => lost(r) > 0.05).sort((a, b) => lost(b) - lost(a)).slice(0, 15);
  if (worst.length) console.log('worst pages:');
  for (const r of worst) {
    const why = r.state !== 'article' ? `${r.state}${r.reason ? ` (${r.reason})` : ''}` : `read ${pct(r.read, r.expected)}, w/o read ${r.without ? pct(r.withoutRead, r.without) : '–'}, outside ${pct(r.outsideWords, r.highlightedWords)}`;
    console.log(`  ${r.id.padEnd(44)} ${why}`);
    for (const m of r.missed) console.log(`      missed: ${m.slice(0, 110)}`);
  }
}
