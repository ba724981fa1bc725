/**
 * What the article has told us about the people and bodies it names, so a later
 * "Volker said" or "he said" gets the full name (`source.resolved`) and the type the
 * article gave when it introduced them (LABELS.md: a pronoun is resolved to the
 * nearest earlier full name).
 */
import type { SourceType } from './types';
import { type Token, isCapitalized } from './tokens';
import { ROLE_WORDS } from './lexicon/roles';
import { CLAUSE_WORDS, DATE_WORD } from './lexicon/function-words';
import { typeOfPhrase, typeOfSource } from './source-type';
import { knownKind, knownSurnameKind } from './model/known-names';

/** A named person or body seen in the article. */
export interface Entity {
  name: string;
  type: SourceType | null;
  /** True when the name looks like a person's (no institution word in it). */
  person: boolean;
  /** Grammatical gender when the article shows it ("Ms.", "X said she …"). */
  gender?: 'm' | 'f';
  /** True when the gender comes from a title ("Mr.", "Ms."), the surest sign. */
  titled?: boolean;
}

const MALE = /^(?:he|him|his|himself)$/;
const FEMALE = /^(?:she|her|hers|herself)$/;
const genderOf = (word: string): 'm' | 'f' | undefined => (MALE.test(word) ? 'm' : FEMALE.test(word) ? 'f' : undefined);

const NOT_NAME_START = /^(?:the|a|an|but|and|in|on|at|for|if|as|when|while|after|before|this|that|it|he|she|they|we|i|you|his|her|their|its|our|mr|mrs|ms|last|next|new|more|most|yet|still|however|meanwhile|so|also|even|now|then|later|earlier|afterward|afterwards|instead|indeed|today|where|both|former|according|asked|said)$/;

// Weekdays and months (DATE_WORD) are dates, not parts of a name ("on Twitter Tuesday").
const isNamePart = (t: Token): boolean =>
  isCapitalized(t) && !ROLE_WORDS.has(t.lower) && !DATE_WORD.test(t.lower) && !/^(?:the|a|an)$/.test(t.lower) && /^\p{Lu}[\p{Ll}'’.-]/u.test(t.text);

// ("When Afghan President …": a capitalised clause word opening the sentence is no title.)
const isTitleWord = (t: Token): boolean =>
  ROLE_WORDS.has(t.lower) || (isCapitalized(t) && !DATE_WORD.test(t.lower) && !CLAUSE_WORDS.has(t.lower) && !NOT_NAME_START.test(t.lower)) || /^(?:former|then|current|longtime|veteran|top|senior|chief|deputy|acting|interim|presidential|hopeful|\d{4})$/.test(t.lower) || (/^[\p{L}-]+$/u.test(t.text) && typeOfPhrase(t.text) !== null);

/** Staff words: someone who speaks for whoever employs them. */
const STAFF = String.raw`(?:spokes(?:man|woman|person|people|men|women)|aides?|advis[eo]rs?|strategists?|(?:campaign|business|communications|political)\s+(?:manager|director|chair(?:man|woman)?)|press\s+secretary|chief\s+of\s+staff|pollster|consultant)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
/** "a spokesman for Mrs. Roe", "an aide to Sen. Jane Roe": the employer after the role. */
const STAFF_FOR = new RegExp(String.raw`\b${STAFF}\s+(?:for|to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+|((?:Sen|Gov|Rep)\.\s+|(?:Senator|Governor|Congressman|Congresswoman)\s+))?(${NAME}(?:\s+${NAME})?)`, 'u');
/** "Roe spokesman", "Roe's senior communications adviser": the employer before the role. */
const STAFF_OF = new RegExp(String.raw`(?:^|\s)()(${NAME})(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}${STAFF}\b`, 'u');

/** Lower-case particles of surnames ("de Blasio", "van Hollen", "al-Assad" aside). */
const PARTICLE = /^(?:de|del|della|di|da|du|van|von|der|den|la|le|bin|ibn|dos|das)$/;

/** Article-scoped memory of names, filled sentence by sentence in reading order. */
export class EntityMemory {
  private byWord = new Map<string, Entity>();
  private lastBody: Entity | null = null;
  private lastSpeaker: Entity | null = null;
  /** The type of the last voice that was not one named person: what a "they" speaks as. */
  lastGroup: SourceType | null = null;
  /** People named in the current sentence, with their offsets. */
  private here: { at: number; e: Entity }[] = [];
  /** People named so far, most recent last; and that list before the current sentence. */
  private recent: Entity[] = [];
  private before: Entity[] = [];

  /** Record every name run of two or more words with the title or appositive around it. */
  observe(s: string, toks: Token[]): void {
    this.here = [];
    this.before = this.recent.slice();
    let i = 0;
    while (i < toks.length) {
      // A sentence's first word is capitalised anyway: "Hosting Cook …" is no name.
      if (!isNamePart(toks[i]) || (i === 0 && (NOT_NAME_START.test(toks[i].lower) || /(?:ing|ed|ly)$/.test(toks[i].lower)))) {
        i++;
        continue;
      }
      let j = i;
      // ("Bill de Blasio", "Ludwig van Beethoven": a lower-case particle inside a name.)
      while (j < toks.length && (isNamePart(toks[j]) || /^(?:jr|sr)\.?$/.test(toks[j].lower) || /^\p{Lu}\.$/u.test(toks[j].text) || (j > i && PARTICLE.test(toks[j].text) && toks[j + 1] !== undefined && isNamePart(toks[j + 1])))) j++;
      // "Mayor Carla Jimenez": a title opening the run belongs before the name.
      let n = i;
      while (j - n > 2 && typeOfPhrase(toks[n].text) !== null && typeOfPhrase(s.slice(toks[n + 1].start, toks[j - 1].end)) === null) n++;
      if (j - n >= 2) this.record(s, toks, n, j);
      else this.mention(toks[i]);
      i = j + 1;
    }
  }

  private record(s: string, toks: Token[], i: number, j: number): void {
    const name = s.slice(toks[i].start, toks[j - 1].end).replace(/['’]s$/, '');
    // The title before the name: role words, capitals and role nouns ("Jefferies
    // analyst", "former White House adviser"); or, for a name set off by commas,
    // the noun group before it ("the party's presidential hopeful, Jane Roe,").
    let from = i;
    if (toks[i - 1]?.text === ',' && toks[j]?.text === ',') from = i - 1;
    let k = from;
    // "founder and co-CEO": "and" between two title words belongs to the title.
    // ("Mrs. Roe and former President Roe": a name before "and" is another person, not a title.)
    while (k > 0 && from - k < 6 && (isTitleWord(toks[k - 1]) || (toks[k - 1].lower === 'and' && k > 1 && isTitleWord(toks[k - 2]) && (ROLE_WORDS.has(toks[k - 2].lower) || !isCapitalized(toks[k - 2]))))) k--;
    const pre = k < from ? s.slice(toks[k].start, toks[from - 1].end) : '';
    let app = '';
    if ((toks[j]?.lower === 'of' || toks[j]?.lower === 'at') && toks[j + 1] && (isCapitalized(toks[j + 1]) || toks[j + 1].lower === 'the')) {
      // "Sui-Lee Wee of the Times", "Ana Ruiz at Acme Corp": an affiliation.
      let e = j + 1;
      while (e < toks.length && e - j < 8 && !/^[,;:.()“”"—]$/.test(toks[e].text)) e++;
      app = s.slice(toks[j].start, toks[e - 1].end);
    } else if (toks[j]?.text === ',') {
      let e = j + 1;
      while (e < toks.length && e - j < 20 && !/^[,;:.()“”"—]$/.test(toks[e].text)) e++;
      if (e > j + 1) app = s.slice(toks[j + 1].start, toks[e - 1].end);
    }
    // "Home Depot (ticker: HD)", "Norvik shares", "Acme Inc.": a company, whatever its words.
    const after = s.slice(toks[j - 1].end, toks[j - 1].end + 24);
    const company = /^(?:['’]s)?\s*(?:\((?:ticker|nyse|nasdaq|lse|tsx)\b|shares\b|stock\b|inc\b|corp\b|co\.|ltd\b|plc\b|llc\b)/i.test(after);
    const own = company ? 'organization' : typeOfPhrase(name);
    // An appositive gives a role when it is a noun group ("a former official",
    // "Washington State Department of Health public information officer"), not a
    // clause ("referring to …", "who owns …").
    const appOk = app && !/^(?:who|which|whose|that|where|when|after|before|while|as|and|but|is|was|were|are|has|had|have|will|would|said|says|told|\p{Ll}+(?:ing|ed))\b/u.test(app);
    const type = own ?? ((appOk ? this.staffOf(app) : null) ?? this.staffOf(pre)) ?? (pre || appOk ? typeOfSource(name, appOk ? app : '', pre) : null);
    // "the Gush Etzion bloc", "in the Sierra Nevada": a name after an article or a
    // place preposition is a thing or a place, not a person to resolve "he" to.
    const placeLike = /^(?:the|a|an|in|at|near|from|across|outside|inside|into|toward|towards|for|of)$/.test(toks[i - 1]?.lower ?? '');
    const person = own === null && !placeLike;
    // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the same person, named shorter.
    const longer = this.byName(name);
    if (longer && longer.person && longer.name.endsWith(name) && longer.name !== name) {
      longer.type = longer.type ?? type;
      if (!toks[i].quoted) this.here.push({ at: toks[i].start, e: longer });
      this.pushRecent(longer);
      return;
    }
    const prevEntity = this.byWord.get(name.toLowerCase());
    const entity: Entity = { name, type: type ?? prevEntity?.type ?? null, person };
    const kept = this.remember(entity);
    if (kept.person && !kept.gender) {
      kept.gender = this.genderAround(toks, i, j);
      kept.titled = !!kept.gender && /^(?:mr|mrs|ms|miss)\.?$/.test(toks[i - 1]?.lower ?? '');
    }
    // Names inside a quotation are the quoted speaker's words, not antecedents.
    if (kept.person && !toks[i].quoted) this.here.push({ at: toks[i].start, e: kept });
  }

  /** A lone surname of someone already named ("… Sondland has said …") is a fresh mention. */
  private mention(t: Token): void {
    const e = this.byWord.get(t.lower.replace(/['’]s$/, ''));
    if (!e || !e.person || t.quoted) return;
    this.here.push({ at: t.start, e });
    this.pushRecent(e);
  }

  /** "Ms. Roe", or the first he/she after the name before another name: "Roe said she …". */
  private genderAround(toks: Token[], i: number, j: number): 'm' | 'f' | undefined {
    const title = toks[i - 1]?.lower;
    if (title === 'mr.' || title === 'mr') return 'm';
    if (title && /^(?:mrs|ms|miss)\.?$/.test(title)) return 'f';
    for (let k = j; k < toks.length && k < j + 16; k++) {
      if (toks[k].quoted) return undefined;
      if (isNamePart(toks[k]) && isNamePart(toks[k + 1] ?? toks[k])) return undefined;
      const g = genderOf(toks[k].lower);
      if (g) return g;
    }
    return undefined;
  }

  private remember(e: Entity): Entity {
    const words = e.name.toLowerCase().split(/\s+/).filter((w) => !/^(?:jr|sr)\.?$/.test(w));
    const old = this.byWord.get(words[words.length - 1]);
    const merged: Entity = old && old.name === e.name ? { ...e, type: e.type ?? old.type } : e;
    this.byWord.set(e.name.toLowerCase(), merged);
    if (words.length > 1 && merged.person) this.byWord.set(words[words.length - 1], merged);
    if (!merged.person) this.lastBody = merged;
    if (merged.person) this.pushRecent(merged);
    return merged;
  }

  private pushRecent(e: Entity): void {
    const at = this.recent.findIndex((x) => x.name === e.name);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(e);
    if (this.recent.length > 12) this.recent.shift();
  }

  /**
   * The staff of a named politician speak as one (LABELS.md: campaigns and "their
   * partisan aides on the record" are `politician`): "Brian Fallon, a spokesman for
   * Mrs. Clinton", "Trump's senior communications adviser Jason Miller". Null unless
   * the employer is someone the article already typed a politician.
   */
  staffOf(phrase: string): SourceType | null {
    if (!phrase) return null;
    const m = STAFF_FOR.exec(phrase) ?? STAFF_OF.exec(phrase);
    if (!m) return null;
    if (m[1]) return 'politician';
    const owner = this.byName(m[2]);
    // A name the article gives no title ("Mrs. Clinton") is known from other articles,
    // and so is a surname the article never gave a person ("the Bernie Sanders
    // campaign … Sanders strategist").
    if (!owner?.person) return !/\s/.test(m[2]) && knownSurnameKind(m[2]) === 'politician' ? 'politician' : null;
    return (owner.type ?? knownKind(owner.name)) === 'politician' ? 'politician' : null;
  }

  /** The full name behind a surname ("Volker" → "Kurt Volker"), when one was seen. */
  byName(span: string): Entity | null {
    // "Mr. Luntz" is the Frank Luntz named earlier: an honorific is no part of the name.
    const words = span.replace(/^(?:the|a|an)\s+/i, '').replace(/^(?:mr|mrs|ms|miss|dr)\.?\s+(?=\p{Lu})/iu, '').replace(/^(?:de|del|della|di|da|du|van|von|der|den|la|le)\s+(?=\p{Lu})/iu, '').replace(/['’]s$/, '').toLowerCase().split(/\s+/);
    return this.byWord.get(words.join(' ')) ?? (words.length === 1 ? this.byWord.get(words[0]) ?? null : null);
  }

  /**
   * Nearest earlier full name for a pronoun: a person of the pronoun's gender (or
   * of unknown gender) for he/she — first in the same sentence, then before it —
   * and the last named body for "it".
   */
  pronoun(p: string, at = Infinity): Entity | null {
    const l = p.toLowerCase();
    if (l === 'it') return this.lastBody;
    if (l !== 'he' && l !== 'she' && l !== 'i') return null;
    const g = genderOf(l);
    const fits = (e: Entity): boolean => !g || !e.gender || e.gender === g;
    const same = this.here.filter((h) => h.at < at && fits(h.e));
    if (same.length) return same[same.length - 1].e;
    // Among the last few people, one whose title matches the pronoun ("Ms. Kern" for
    // "she") beats one of unknown gender; otherwise the nearest compatible name wins.
    let compatible: Entity | null = null;
    for (let k = this.before.length - 1, seen = 0; k >= 0; k--, seen++) {
      const e = this.before[k];
      if (g && e.gender === g && e.titled && seen < 4) return e;
      if (!compatible && fits(e)) compatible = e;
    }
    return compatible ?? this.lastSpeaker;
  }

  /** The article called `e` by this pronoun: remember its gender. */
  calledBy(e: Entity, p: string): void {
    e.gender = e.gender ?? genderOf(p.toLowerCase());
  }

  /** The last named person who spoke, for a description that refers back ("the businessman said"). */
  get speaker(): Entity | null {
    return this.lastSpeaker;
  }

  /** Make `e` the most recent speaker, so the next "he said" resolves to it. */
  spoke(e: Entity): void {
    if (e.person) {
      this.lastSpeaker = e;
      this.pushRecent(e);
    } else this.lastBody = e;
  }
}
