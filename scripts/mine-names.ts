/**
 * Mines who well-known people are from PolNeAR's training articles into
 * utils/analysis/data/known-names.json: for every full name ("Lindsey Graham"), the
 * kind of source the articles' own titles and appositives make of it ("Sen. Lindsey
 * Graham" → politician), one vote per article, read by the analyzer's own role
 * reading (model/entity-roles.ts, model/type-features.ts kindOfRole). A name kept needs
 * two articles and a 60% majority. Holds names, kinds and counts, never the corpus's
 * sentences. Deterministic: same corpus and rules, same bytes.
 *
 *   npm run mine:names            writes the file
 *   npm run mine:names -- --check fails unless the committed file is what it would write
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusOrigin, fileSetHash, heldOutNames, readArticles, TRAIN_DIR } from './attribution/corpus';
import { ArticleRoles, TITLE_WORD } from '../utils/analysis/model/entity-roles';
import { kindOfRole } from '../utils/analysis/model/type-features';
import { DATE_WORD } from '../utils/analysis/lexicon/function-words';

const OUT = resolve(import.meta.dirname, '../utils/analysis/data/known-names.json');
const MIN_ARTICLES = 2;
const MIN_SHARE = 0.6;
/** A surname written in lower case more often than this is a word, not a name ("Hill", "State"). */
const MAX_LOWER_LAST = 0.05;
/** The same for a given name, more leniently: "Bill", "Mark" and "Rand" are words too. */
const MAX_LOWER_FIRST = 0.5;

if (!existsSync(TRAIN_DIR)) {
  console.log(`mine:names skipped: ${TRAIN_DIR} is absent (it lives in ../shared beside the project).`);
  process.exit(0);
}

const heldOut = heldOutNames();
const articles = readArticles(TRAIN_DIR, heldOut);

// How often each word is written in lower case and capitalised across the corpus.
const lower = new Map<string, number>();
const capital = new Map<string, number>();
for (const a of articles) {
  for (const m of a.text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const l = m[0].toLowerCase();
    const map = m[0] === l ? lower : capital;
    map.set(l, (map.get(l) ?? 0) + 1);
  }
}
const nameLike = (word: string, maxLower: number): boolean => {
  const l = word.toLowerCase();
  const lo = lower.get(l) ?? 0;
  return lo <= maxLower * (lo + (capital.get(l) ?? 0));
};

// Words that open a capitalised run without being part of a name ("But Ted Cruz").
const OPENER = /^(?:the|a|an|in|on|at|but|and|if|when|while|as|for|it|he|she|they|we|this|that|both|some|mr|mrs|ms|dr|new|north|south|east|west|united|white|supreme|former)$/i;
// Two or three capitalised words, an initial allowed between them ("James B. Comey").
const NAME_RUN = /(?<![\p{L}.])\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?){1,2}(?![\p{L}])/gu;

const votes = new Map<string, Map<string, number>>();
for (const a of articles) {
  const roles = new ArticleRoles(a.text);
  const seen = new Set<string>();
  for (const m of a.text.matchAll(NAME_RUN)) {
    // "Donald Trump’s" is Donald Trump; "Tuesday’s New Hampshire" is no name.
    const parts = m[0].replace(/['’]s$/, '').split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    if (parts.some((p) => /['’]s$/.test(p))) continue;
    while (parts.length && (OPENER.test(parts[0]) || TITLE_WORD.has(parts[0].toLowerCase()))) parts.shift();
    if (parts.length < 2 || parts.some((p) => DATE_WORD.test(p.toLowerCase()) || TITLE_WORD.has(p.toLowerCase()))) continue;
    if (!nameLike(parts[parts.length - 1], MAX_LOWER_LAST) || !nameLike(parts[0], MAX_LOWER_FIRST)) continue;
    const name = parts.join(' ');
    if (seen.has(name)) continue;
    seen.add(name);
    // A whole title or a party label weighs twice a single role word.
    const weight = new Map<string, number>();
    for (const r of roles.around(name)) {
      const kind = kindOfRole(r);
      if (kind) weight.set(kind, (weight.get(kind) ?? 0) + (r.startsWith('t:') || r.startsWith('party:') ? 2 : 1));
    }
    const ranked = [...weight].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) continue;
    const v = votes.get(name) ?? new Map<string, number>();
    v.set(ranked[0][0], (v.get(ranked[0][0]) ?? 0) + 1);
    votes.set(name, v);
  }
}

/** name → [kind, articles voting for it, articles voting]. */
const names: Record<string, [string, number, number]> = {};
for (const [name, v] of [...votes].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  const total = [...v.values()].reduce((s, n) => s + n, 0);
  const [kind, n] = [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  if (n >= MIN_ARTICLES && n / total >= MIN_SHARE) names[name] = [kind, n, total];
}

const provenance = {
  source: corpusOrigin(TRAIN_DIR),
  split: 'corpus/polnear-train',
  articles: articles.length,
  excluded: `${heldOut.size} articles with sentence labels in gold/polnear-train (held out for cross-validation)`,
  fileSetSha256: fileSetHash(articles),
  reading: 'ArticleRoles.around (utils/analysis/model/entity-roles.ts) and kindOfRole (model/type-features.ts): one vote per article for the kind its titles and appositives give the name',
  minArticles: MIN_ARTICLES,
  minShare: MIN_SHARE,
};
const body = `{\n  "provenance": ${JSON.stringify(provenance, null, 2).replace(/\n/g, '\n  ')},\n  "names": {\n${Object.entries(names)
  .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  .join(',\n')}\n  }\n}\n`;

if (process.argv.includes('--check')) {
  const same = existsSync(OUT) && readFileSync(OUT, 'utf8') === body;
  console.log(`${same ? 'reproduced byte for byte' : 'DIFFERS from what npm run mine:names writes'}: utils/analysis/data/known-names.json`);
  if (!same) process.exit(1);
} else {
  writeFileSync(OUT, body);
  const kinds: Record<string, number> = {};
  for (const [kind] of Object.values(names)) kinds[kind] = (kinds[kind] ?? 0) + 1;
  console.log(`${Object.keys(names).length} known names from ${articles.length} articles (${heldOut.size} held out) → ${OUT}`, kinds);
}
