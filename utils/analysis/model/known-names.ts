/**
 * Who well-known people are, from the news the analyzer learned on: an article often
 * names a famous speaker with no title at all ("Lindsey Graham said…"), and the
 * rules then type them `person`. data/known-names.json (mined by scripts/mine-names.ts
 * from PolNeAR's training articles, the labelled ones held out) holds the kind other
 * articles' titles gave each full name.
 */
import { names } from '../data/known-names.json';
import type { SourceType } from '../types';
import { CLAUSE_WORDS } from '../lexicon/function-words';

const KIND = new Map<string, SourceType>();
/** Surname → the kind every known bearer shares, or null where they differ. */
const BY_SURNAME = new Map<string, SourceType | null>();
for (const [name, [kind]] of Object.entries(names as Record<string, (string | number)[]>)) {
  KIND.set(name.toLowerCase(), kind as SourceType);
  const surname = name.toLowerCase().split(' ').pop()!;
  const seen = BY_SURNAME.get(surname);
  BY_SURNAME.set(surname, seen === undefined || seen === kind ? (kind as SourceType) : null);
}

/** The kind all well-known bearers of a surname share ("Sanders aide"), if they do. */
export function knownSurnameKind(surname: string): SourceType | undefined {
  return BY_SURNAME.get(surname.toLowerCase()) ?? undefined;
}

/**
 * The kind the full name that `text` is (its last two or three capitalised words,
 * after any title: "Sen. Lindsey O. Graham") is known by, if any. A span with other
 * words in it is somebody else: "a lawyer for Hillary Clinton" is not Clinton.
 */
export function knownKind(text: string): SourceType | undefined {
  if (/(?:^|\s)\p{Ll}/u.test(text.trim())) return undefined;
  const words = text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    const kind = KIND.get(words.slice(words.length - n).join(' ').toLowerCase());
    if (kind) return kind;
  }
  return undefined;
}

/**
 * True when `text` is a full name nobody mined whose surname a well-known name
 * carries ("Eric Trump" beside "Donald Trump"): a relative or a namesake, whom the
 * famous bearer's titles do not describe.
 */
export function namesakeOfKnown(text: string): boolean {
  if (/(?:^|\s)\p{Ll}/u.test(text.trim())) return false;
  const words = text.trim().split(/\s+/);
  // A given name, not an honorific ("Mr. Trump") or a word cut into the name ("Since Trump").
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]) || CLAUSE_WORDS.has(words[0].toLowerCase()) || /^(?:For|With|From|By|To|In|On|At|Of|As|Like|Under|After|Before|During|Despite|Without)$/.test(words[0]) || knownKind(text)) return false;
  return BY_SURNAME.has(words[words.length - 1].toLowerCase());
}
