/**
 * What the source-type model sees of a source: the rules' type, the span's words,
 * its head and first word, whether it reads as a proper name, and the roles the
 * article gives that name anywhere (entity-roles.ts) with the kind of source each
 * role word names in the type lexicon (role words only: see below).
 */
import type { Source, SourceType } from '../types';
import type { ArticleRoles } from './entity-roles';
import { TYPE_WORDS } from '../lexicon/source-words';
import { ROLE_WORDS } from '../lexicon/roles';

/** One-word entries of the type lexicon: the kind of source a role word names. */
const ROLE_TYPE = new Map<string, string>();
for (const [type, words] of TYPE_WORDS) for (const w of words) if (!w.includes(' ') && !ROLE_TYPE.has(w)) ROLE_TYPE.set(w, type);

const FUNCTION_WORD = /^(?:the|a|an|of|for|in|at|on|to|and|from|with|by)$/;

/**
 * Honorifics say how a paper writes names, not who speaks: The New York Times gives
 * every man a "Mr.", so "role:b:ms." weighed against Senator Warren being a
 * politician. Left out of the span's words and the roles: CV type 0.779 either way
 * alone, 0.782 → 0.788 beside the title reading of entity-roles.ts ("t:"). "Dr."
 * stays: it marks LABELS.md's doctors and academics (0.789 with or without it).
 */
const HONORIFIC = /^(?:mr|mrs|ms|miss)\.?$/;

/**
 * Role words that are also common words or acronyms of other things, so the kind
 * the lexicon gives them misleads: "who" (WHO), "us" (US), "times" and "post"
 * (newspapers), "general", "house", "state". They stay as role words; only their
 * kind is not read (CV type 0.788 → 0.789).
 */
const AMBIGUOUS_KIND = /^(?:who|us|ap|times|post|general|house|state|national|federal|u\.s\.)$/;

/**
 * The kind of source one reading of `ArticleRoles.around` names: a whole title's kind
 * ("t:politician"), a party label ("party:D"), or the kind a role word has in the type
 * lexicon ("b:senator" → politician); undefined for honorifics and ambiguous words.
 */
export function kindOfRole(r: string): SourceType | undefined {
  if (r.startsWith('t:')) return r.slice(2) as SourceType;
  if (r.startsWith('party:')) return 'politician';
  const word = r.slice(2);
  if (HONORIFIC.test(word) || AMBIGUOUS_KIND.test(word)) return undefined;
  return ROLE_TYPE.get(word) as SourceType | undefined;
}

export function typeFeatures(source: Source, roles: ArticleRoles): string[] {
  const f: string[] = ['bias', `rtype:${source.type}`];
  const words = source.text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu) ?? [];
  const lower = words.map((w) => w.toLowerCase());
  // Function words inside a span say nothing of its kind ("the", "of"); the first
  // word keeps them (first:the). CV type accuracy 0.766 → 0.768 without them.
  for (const w of lower) if (!FUNCTION_WORD.test(w) && !HONORIFIC.test(w)) f.push(`sw:${w}`);
  if (lower.length) f.push(`head:${lower[lower.length - 1]}`, `first:${lower[0]}`);
  f.push(`ntok:${Math.min(lower.length, 5)}`);
  const proper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  f.push(`proper:${proper === 0 ? 0 : proper === words.length ? 'all' : 'some'}`);
  if (/^\p{Lu}{2,}$/u.test(words[0] ?? '')) f.push('acronym');
  if (/['’]s\b/.test(source.text)) f.push('possessive');
  if (source.resolved) {
    f.push('resolved');
    for (const w of source.resolved.toLowerCase().match(/[\p{L}.'’-]+/gu) ?? []) f.push(`rw:${w}`);
  }
  if (source.chain.length > 1) f.push('chain');
  const name = source.resolved ?? source.text;
  // "A lawyer for Sorokin", "an aide to the mayor": the name is the complement of a
  // described speaker, so the roles the article gives that name are not the speaker's.
  const described = !source.resolved && /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){1,3}(?:for|of|to|with)\s+\p{Lu}/u.test(source.text);
  if ((proper > 0 || source.resolved) && !described) {
    // The role words as such, and the kind of source each names ("senator" →
    // politician): the kind carries over to names no labelled article holds.
    const kinds = new Set<string>();
    for (const r of roles.around(name)) {
      // Only words that name a role: the other words around a name ("b:latest",
      // "a:raped") fitted the labelled articles (type fit 0.93 → 0.90 without them)
      // and held out nothing (0.759 either way, npm run eval).
      if (r.startsWith('t:')) {
        f.push(`role:${r}`);
        continue;
      }
      const word = r.slice(2);
      if (!r.startsWith('party:') && !ROLE_TYPE.has(word) && !ROLE_WORDS.has(word)) continue;
      if (HONORIFIC.test(word)) continue;
      f.push(`role:${r}`);
      const kind = kindOfRole(r);
      if (kind) kinds.add(`${r[0]}:${kind}`);
    }
    for (const k of kinds) f.push(`rolekind:${k}`);
  }
  return f;
}
