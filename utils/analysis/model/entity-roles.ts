/**
 * Who a named source is, from every place the article names them: "Governor-elect
 * Jane Doe" early on tells what a later "Doe said" is. The words just before each
 * mention of the name's last word, the kind of source the whole title before it
 * names, and the appositive after it (", the state's attorney general,"), become
 * the source-type model's role evidence.
 */

import { typeOfPhrase } from '../source-type';
import { TYPE_WORDS } from '../lexicon/source-words';
import { ROLE_WORDS } from '../lexicon/roles';

/** Words a title before a name is made of ("Republican presidential candidate", "Pentagon press secretary"). */
export const TITLE_WORD = new Set<string>([...ROLE_WORDS, ...TYPE_WORDS.flatMap(([, ws]) => ws.filter((w) => !w.includes(' ')))]);

const WORD = /[\p{L}][\p{L}.'’-]*/gu;

/** An article's capitalised words and where each occurs, read in one pass. */
export type Mentions = Map<string, number[]>;

export function mentionsOf(text: string): Mentions {
  const out: Mentions = new Map();
  for (const m of text.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    const list = out.get(word);
    if (!list) out.set(word, [m.index]);
    else if (list.length < 40) list.push(m.index);
  }
  return out;
}

/** One article's role evidence, read lazily and kept for every source that asks. */
export class ArticleRoles {
  private cache = new Map<string, string[]>();
  private index: Mentions | null = null;
  constructor(private readonly text: string) {}

  /** Role words around each mention of `name`'s last capitalised word. */
  around(name: string): string[] {
    return rolesAround(this.text, name, this.cache, () => (this.index ??= mentionsOf(this.text)));
  }
}

function rolesAround(text: string, name: string, cache: Map<string, string[]>, mentions: () => Mentions): string[] {
  const words = name.match(WORD) ?? [];
  const key = [...words].reverse().find((w) => /^\p{Lu}/u.test(w) && w.length > 1 && !/\.$/.test(w));
  if (!key) return [];
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const index of mentions().get(key) ?? []) {
    // The two words before the name run (skipping the given names that lead up to the surname).
    const before = text.slice(Math.max(0, index - 80), index).match(WORD) ?? [];
    let k = before.length - 1;
    while (k >= 0 && /^\p{Lu}\p{Ll}+$/u.test(before[k]) && k >= before.length - 3 && !/^(?:The|A|An)$/.test(before[k])) {
      if (isRoleWord(before[k])) break;
      k--;
    }
    for (const w of before.slice(Math.max(0, k - 1), k + 1)) out.add(`b:${w.toLowerCase()}`);
    // The whole title before the name, read as the rules read a source phrase
    // ("Judicial Watch President" → organization, "Pentagon press secretary" →
    // law_enforcement): two words alone miss the body a generic rank belongs to
    // (CV type 0.779 → 0.782 alone, and see HONORIFIC in type-features.ts).
    let j = k;
    while (j >= 0 && j > k - 4 && (/^\p{Lu}/u.test(before[j]) || TITLE_WORD.has(before[j].toLowerCase()))) j--;
    const title = before.slice(j + 1, k + 1).join(' ');
    const kind = title ? typeOfPhrase(title) : null;
    if (kind) out.add(`t:${kind}`);
    // The appositive: ", the state's attorney general," / ", a Republican from Ohio,".
    const after = text.slice(index + key.length, index + key.length + 80);
    const app = /^\s*,\s*([^,.;:"“”()]{2,70})/u.exec(after);
    if (app) for (const w of (app[1].match(WORD) ?? []).slice(0, 5)) out.add(`a:${w.toLowerCase()}`);
    const paren = /^\s*\(([RDI])[-–—,]/.exec(after);
    if (paren) out.add(`party:${paren[1]}`);
  }
  const list = [...out];
  cache.set(key, list);
  return list;
}

// Capitalised words that are roles, not given names, stop the walk back.
const isRoleWord = (w: string): boolean =>
  /^(?:President|Governor|Gov\.|Sen\.|Senator|Rep\.|Representative|Mayor|Secretary|Minister|Chairman|Chairwoman|Speaker|Judge|Justice|Attorney|General|Dr\.|Professor|Prof\.|Chief|Director|Commissioner|Councilman|Councilwoman|Candidate|Republican|Democrat|Democratic|Nominee|Leader|Coach|Officer|Sheriff|Ambassador|Prime|Vice|Former|CEO|Mr\.|Mrs\.|Ms\.)$/.test(w);
