/**
 * Source noun groups read leftwards from a verb (the subject) or rightwards from a
 * cue ("said Jane Doe, a spokeswoman…", "according to court records"), cut where
 * LABELS.md cuts them: the span names who speaks, job titles and appositives are
 * type evidence, not part of the span.
 */
import { type Token, isCapitalized, isWord, openParenBefore } from './tokens';
import { CLAUSE_WORDS, DATE_WORD, DATELINE, FORWARD_STOP, LEADING_DISCOURSE, WEEKDAYS } from './lexicon/function-words';
import { KEPT_TITLES } from './lexicon/source-words';
import { ROLE_WORDS } from './lexicon/roles';
import { typeOfPhrase } from './source-type';

/** A source span in sentence offsets plus the words that tell its type. */
export interface NounGroup {
  start: number;
  end: number;
  /** Descriptive words dropped from the front ("Jefferies analyst"). */
  premodifier: string;
  /** The appositive after the name ("a Middle East expert"). */
  appositive: string;
}

const MAX_NP = 14; // a subject longer than this is a clause, not a noun group
const BREAK = new Set([',', ';', ':', '—', '–', '-', '(', ')', '“', '”', '"', '[', ']', '?', '!']);
const SKIPPABLE = /^(?:however|too|meanwhile|also|though|in turn|for (?:his|her|its|their) part|instead|then|now|likewise|in a statement|in an? (?:email|interview|letter|post)|on \w+day)$/;
const DETERMINERS = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|some|many|several|other|another|both|two|three|four|five|all|each|one|no|most|few)$/;

const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did)$/;
const LINKS = /^(?:of|for|in|at|from|on|by|to|and|with|&|de|del|la|van|von)$/;

const isNameToken = (t: Token): boolean =>
  isCapitalized(t) && !ROLE_WORDS.has(t.lower) && !/^(?:the|a|an)$/.test(t.lower) && !DATE_WORD.test(t.lower);

/** Whether "and" at index i joins two parts of one noun group ("Egypt and Jordan"). */
function joinsGroup(toks: Token[], i: number): boolean {
  const left = toks[i - 1];
  const right = toks[i + 1];
  if (!left || !right) return false;
  if (isCapitalized(left) && (isCapitalized(right) || /^(?:other|his|her|their|its|fellow|local|the)$/.test(right.lower))) return true;
  // "The mayor and the governor": two short determiner groups, the first opening
  // its clause ("cut jobs and the union" is two clauses, not one group).
  const opener = toks[i - 3];
  if (/^(?:the|a|an)$/.test(right.lower) && /^(?:the|a|an)$/i.test(toks[i - 2]?.text ?? '') && (!opener || /^[,;:(—–]$/.test(opener.text))) return true;
  return /s$/.test(left.lower) && /s$/.test(right.lower) && !isCapitalized(right);
}

/**
 * Split "Palestinian chief negotiator Saeb Erekat" into the premodifier and the
 * name; keep one abbreviated title right before the name ("Sen. Ben Sasse").
 */
function cutTitle(toks: Token[], from: number, to: number): { from: number; pre: string } {
  let j = to;
  while (j > from && (isNameToken(toks[j - 1]) || /^(?:jr|sr|ii|iii)\.?$/.test(toks[j - 1].lower))) j--;
  if (j === to || j === from) return { from, pre: '' };
  // Only a person's name sheds its title; "the State Department" stays whole.
  const bare = toks.slice(j, to).filter((t) => !KEPT_TITLES.has(t.lower)).map((t) => t.text).join(' ');
  if (typeOfPhrase(bare) !== null) return { from, pre: '' };
  // Names only: a possessive or a determiner before the run means an organisation
  // phrase ("the company's board"), which stays whole.
  const before = toks[j - 1];
  const isRoleBefore = ROLE_WORDS.has(before.lower) || KEPT_TITLES.has(before.lower) || /['’]s$/.test(before.text) || !isCapitalized(before);
  if (!isRoleBefore || DETERMINERS.test(before.lower) || LINKS.test(before.lower)) return { from, pre: '' };
  // "A spokesman for Prime Minister Helen Shaw": the name is the complement of a
  // preposition, and the speaker is the whole group.
  if (toks.slice(from, j).some((t) => LINKS.test(t.lower) && t.lower !== 'and')) return { from, pre: '' };
  let start = j;
  if (KEPT_TITLES.has(before.lower) && !(j - 2 >= from && KEPT_TITLES.has(toks[j - 2].lower))) start = j - 1;
  start = Math.min(start, capitalisedTitleStart(toks, from, j));
  const pre = toks.slice(from, start).map((t) => t.text).join(' ');
  return { from: start, pre };
}

/**
 * Where a capitalised title run before the name at j starts, or j: such a title is
 * part of the name (LABELS.md: "a title or rank that is part of the name stays in the
 * span"): "House Speaker Paul Ryan", "Defense Secretary Ash Carter". A lower-case
 * description ("party spokesman Jo Roe") is not, and goes to the premodifier as type
 * evidence; nor is a possessive ("Trump's adviser"). A lower-case role word inside
 * the capitalised run belongs to it ("Harbour Board executive Director Ada Lund").
 */
function capitalisedTitleStart(toks: Token[], from: number, j: number): number {
  let k = j;
  while (k > from && (isCapitalized(toks[k - 1]) || /^(?:of|and|&)$/.test(toks[k - 1].lower) || (k < j && ROLE_WORDS.has(toks[k - 1].lower) && k - 2 >= from && isCapitalized(toks[k - 2]))) && !/['’]s$/.test(toks[k - 1].text)) k--;
  while (k < j && !isCapitalized(toks[k])) k++;
  return k < j && toks.slice(k, j).some((t) => ROLE_WORDS.has(t.lower) || KEPT_TITLES.has(t.lower)) ? k : j;
}

/** What the comma walk before a verb found: where the subject ends, and its evidence. */
interface Asides {
  /** A name set off after its description ("Its leader, Tom Evans,"): the answer itself. */
  group?: NounGroup;
  /** Exclusive end of the subject once the asides are stepped over. */
  i: number;
  appositive: string;
  aside: string;
  /** True when a skippable aside (", however,", ", who …,") was stepped over. */
  hopped: boolean;
}

/** Where a party label "(D-R.I.)" / "(I-Vt.)" ending just before token `end` starts, or `end` when there is none. */
function beforePartyLabel(toks: Token[], end: number, floor: number): number {
  if (end - 1 <= floor || toks[end - 1].text !== ')') return end;
  const open = openParenBefore(toks, end - 1, floor, 8);
  return open >= 0 && /^[RDI]-/.test(toks[open + 1]?.text ?? '') ? open : end;
}

/**
 * Step back over the comma parts between a subject and its verb: ", however,",
 * ", a spokesman for X,", ", who …,", ", 59, of Ashton, Md.,". An
 * appositive (possibly in several comma parts: "Jane Roe, president of Acme, a
 * design firm, said") counts only when a bare name stands before it.
 */
function walkAsides(s: string, toks: Token[], end: number, floor: number): Asides {
  let i = end;
  let appositive = '';
  let hopped = false;
  let aside = '';
  const parts: string[] = [];
  let q = i;
  for (let hop = 0; hop < 4; hop++) {
    if (q <= floor || toks[q - 1].text !== ',') break;
    let k = q - 1;
    while (k > floor && !BREAK.has(toks[k - 1].text) && q - k < 25) k--;
    if (k <= floor || toks[k - 1].text !== ',') break;
    const chunk = toks.slice(k, q - 1);
    if (chunk.length === 0) break;
    const words = chunk.map((t) => t.lower).join(' ');
    // "Jane Roe, 59, of Ashton, Md., said": age, hometown and state are asides
    // (a state after "of Dayton," too).
    let p = k - 1;
    while (p > floor && k - 1 - p < 6 && !BREAK.has(toks[p - 1].text)) p--;
    // ("A team at the center in Greenbelt, Maryland, has confirmed": a city's state
    // after "in" too, and "the mayor of Oakland, California," read by the "of" just
    // before the city; 172 articles: 1 fixed, 0 broken.)
    const afterHometown = ((toks[p]?.lower === 'of' && p < k - 1) || (/^(?:in|of)$/.test(toks[k - 3]?.lower ?? '') && isCapitalized(toks[k - 2]))) && chunk.length <= 2 && chunk.every(isCapitalized);
    const skippable = afterHometown || SKIPPABLE.test(words) || /^[RDI]-/.test(chunk[0].text) || /^\d{1,3}$/.test(words) || /^\d+(?:\.\d+)? ?(?:%|percent|per cent)$/.test(words) || /^\p{Lu}\p{Ll}{1,4}\.$/u.test(chunk.map((t) => t.text).join('')) || /^of \p{Lu}/u.test(s.slice(chunk[0].start, chunk[chunk.length - 1].end));
    // ", speaking on condition of anonymity,": a participle aside, kept as type evidence.
    // (", released Monday by the institute,": a past participle's aside too.)
    const participle = /^\p{Ll}+ing$/u.test(chunk[0].text) || (/^\p{Ll}+ed$/u.test(chunk[0].text) && chunk.length > 1);
    if (skippable || participle || /^(?:who|which|whose)$/.test(chunk[0].lower)) {
      // "Smith, however, said" / "Israeli settlers, who …, said": skipped asides.
      if ((participle || !skippable) && parts.length === 0) aside = s.slice(chunk[0].start, chunk[chunk.length - 1].end);
      if (parts.length === 0) (hopped = true), (i = k - 1);
      q = k;
      // "Jane Roe, 27, a nurse in Ohio, said": the age stood between the name and
      // its description; the name before it is the subject.
      if (parts.length > 0 && bareNameBefore(toks, q, floor)) {
        appositive = parts.join(', ');
        i = q - 1;
        break;
      }
      continue;
    }
    // "Its leader, Tom Evans, called …": a name set off after its description.
    // ("Two members of Congress, Ada Roe and Tom Lee, said": names joined by "and",
    // a plural role word in the description; 172 articles: 2 fixed, 0 broken.)
    const names = chunk.length <= 4 ? chunk.every(isCapitalized) : chunk.length <= 9 && chunk.every((t, n) => isCapitalized(t) || (t.lower === 'and' && n > 0 && n < chunk.length - 1));
    if (parts.length === 0 && names && k >= 2) {
      const name = cutTitle(toks, k, q - 1);
      let d = k - 1;
      while (d > floor && k - 1 - d < 8 && !BREAK.has(toks[d - 1].text)) d--;
      const description = s.slice(toks[d].start, toks[k - 2].end);
      const roleDescription = k - 1 - d <= 8 && toks.slice(d, k - 1).some((t) => ROLE_WORDS.has(t.lower) || ROLE_WORDS.has(t.lower.replace(/s$/, '')) || t.lower === 'members');
      if (d < k - 1 && roleDescription && /^\p{Ll}|^(?:the|a|an|its|his|her|their)\b/iu.test(description)) {
        return { group: { start: toks[name.from].start, end: toks[q - 2].end, premodifier: name.pre, appositive: description }, i, appositive, aside, hopped };
      }
    }
    // "a spokesman", "chief executive of X", "Vindman's superior": a description.
    const possessive = chunk.some((t, k) => /['’]s$/.test(t.text) && /^\p{Ll}/u.test(chunk[k + 1]?.text ?? ''));
    const appositiveLike = DETERMINERS.test(chunk[0].lower) || !isCapitalized(chunk[0]) || possessive || chunk.some((t) => ROLE_WORDS.has(t.lower));
    if (!appositiveLike) break;
    parts.unshift(s.slice(chunk[0].start, chunk[chunk.length - 1].end));
    q = k; // toks[q - 1] is the comma before this chunk
    // "Sen. Ada Roe (R-Texas), a hopeful, said": the name stands before its party label.
    const e = beforePartyLabel(toks, q - 1, floor);
    let n = e;
    while (n > floor && e - n < 10 && !BREAK.has(toks[n - 1].text)) n--;
    if (isBareName(toks.slice(n, e))) {
      appositive = parts.join(', ');
      i = e;
      break;
    }
  }
  // "The group's source in the camp, a refugee who asked not to be named, said",
  // "81-year-old Jo Roe, a retired nurse, said": one description set off after any
  // noun group, not only a bare name (172 articles: 8 source sentences fixed, 6 of
  // them one carried quotation, 0 broken; PolNeAR dev lenient 0.8421 → 0.8418).
  if (parts.length === 1 && !appositive && q > floor + 1 && !BREAK.has(toks[q - 2].text) && /^(?:a|an|the)\s/i.test(parts[0])) (appositive = parts[0]), (i = q - 1);
  return { i, appositive, aside, hopped };
}

/**
 * A name, possibly after its title ("Senior author Dr. Jane Roe"): it ends in a
 * capitalised word and holds no clause word ("After meeting Trump" is no name).
 */
function isBareName(nameChunk: Token[]): boolean {
  const last = nameChunk[nameChunk.length - 1];
  const described = /^(?:a|an)$/.test(nameChunk[0]?.lower ?? '') || (nameChunk[0]?.lower === 'the' && /^\p{Ll}/u.test(nameChunk[1]?.text ?? ''));
  return nameChunk.length > 0 && nameChunk.length <= 8 && !!last && isCapitalized(last) && !described && nameChunk.every((t, k) => isCapitalized(t) || t.lower === 'and' || t.text === '.' || /^(?:of|the)$/.test(t.lower) || (k > 0 && /^(?:at|for|from|in)$/.test(t.lower)) || (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !CLAUSE_WORDS.has(t.lower) && !LINKS.test(t.lower) && !/(?:ed|ing)$/.test(t.lower)));
}

/** Whether the tokens from the last break before comma index `q - 1` up to it form a bare name. */
function bareNameBefore(toks: Token[], q: number, floor: number): boolean {
  if (toks[q - 1]?.text !== ',') return false;
  let n = q - 1;
  while (n > floor && q - n < 10 && !BREAK.has(toks[n - 1].text)) n--;
  return (n === floor || BREAK.has(toks[n - 1].text)) && isBareName(toks.slice(n, q - 1));
}

/** The subject noun group ending just before token index `end` (exclusive), or null. */
export function subjectBefore(s: string, toks: Token[], end: number, floor = 0): NounGroup | null {
  const walked = walkAsides(s, toks, end, floor);
  if (walked.group) return walked.group;
  let { i } = walked;
  const { appositive, aside, hopped } = walked;
  if (i > floor && toks[i - 1].text === ',') {
    // A verb right after a comma has a subject before it only through an
    // appositive or aside ("Smith, a spokesman, said"), or a party label ("Sen.
    // Jack Roe (D-R.I.), said"); otherwise none.
    const label = beforePartyLabel(toks, i - 1, floor);
    if (label < i - 1) i = label + 1;
    else if (!appositive && !hopped) return null;
    i--;
  }
  // "Sen. Ada Roe (D-Ore.) on Saturday criticized": the time phrase first, then the party label.
  if (i - 2 > floor && DAY.test(toks[i - 1].lower) && /^(?:on|last|this)$/.test(toks[i - 2].lower) && toks[i - 3].text === ')') i -= 2;
  // "Officials who spoke with the paper said": the speaker is the noun a relative
  // clause follows, not the clause's own words.
  // ("Those who know her say": a pronoun's clause is the whole group.)
  const rel = relativeClauseStart(toks, i, floor);
  if (rel >= 0 && OPEN_HEAD.test(toks[rel - 1].lower)) return { start: toks[rel - 1].start, end: toks[i - 1].end, premodifier: '', appositive: '' };
  if (rel >= 0) return subjectBefore(s, toks, rel, floor);
  // "Home Depot (ticker: HD) reported": skip a parenthesis.
  if (i > floor && toks[i - 1].text === ')') {
    const open = openParenBefore(toks, i - 1, floor, 20);
    if (open >= 0) i = open;
  }
  // "The Authority - which considers … - called for": skip a dashed aside.
  // ("--" in typewriter copy comes as two hyphens.)
  const dash = (t: Token | undefined): boolean => !!t && /^[—–-]$/.test(t.text);
  if (i > floor && dash(toks[i - 1])) {
    let k = i - 1;
    while (k > floor && dash(toks[k - 1])) k--;
    let m = k;
    while (m > floor && !dash(toks[m - 1]) && k - m < 40) m--;
    if (m > floor && dash(toks[m - 1])) {
      // "The only two states with such treaties - Egypt and Jordan - criticised":
      // names set off by dashes after a description are the speakers.
      const inside = toks.slice(m, k);
      if (inside.length > 0 && inside.length <= 8 && isCapitalized(inside[0]) && isCapitalized(inside[inside.length - 1]) && inside.every((t) => isCapitalized(t) || t.lower === 'and')) {
        return { start: inside[0].start, end: inside[inside.length - 1].end, premodifier: '', appositive: s.slice(toks[floor].start, toks[m - 1].start).trim() };
      }
      while (m - 1 > floor && dash(toks[m - 2])) m--;
      i = m - 1;
    }
  }
  let j = i;
  while (j > floor && i - j < MAX_NP) {
    const t = toks[j - 1];
    if (BREAK.has(t.text) || t.quoted && t.text !== "'") break;
    // "and" right before the verb coordinates verbs ("is bearish and expects"), not names.
    if (t.lower === 'and' && j < i && joinsGroup(toks, j - 1)) {
      j--;
      continue;
    }
    // "sources close to the talks", "people loyal to him": a preposition after an
    // adjective that takes "to", not an infinitive.
    if (t.lower === 'to' && /^(?:close|closer|near|next|familiar|loyal|related|opposed|linked|tied|friendly|allied|attached)$/.test(toks[j - 2]?.lower ?? '')) {
      j--;
      continue;
    }
    if (CLAUSE_WORDS.has(t.lower) && !(t.lower === 'and' && joinsGroup(toks, j - 1))) {
      // An auxiliary right before the group means we are inside a predicate
      // ("victims who are suing his estate will find"), not at a subject.
      if (AUXILIARY.test(t.lower) && j < i) return null;
      break;
    }
    j--;
    // "the story the White House told": an article right after a noun starts a new
    // noun group (a relative clause without "that"); after "for", "of"… it does not.
    if (/^(?:the|a|an)$/.test(t.lower) && j > floor && /^\p{Ll}/u.test(toks[j - 1].text) && !LINKS.test(toks[j - 1].lower) && !CLAUSE_WORDS.has(toks[j - 1].lower) && !/^(?:close|near|about|over|among|like|than|within|inside|outside|around|behind|against|under|between|into|onto|upon|via|per|out|up|down)$/.test(toks[j - 1].lower)) break;
  }
  if (j >= i) return null;
  // A subject pronoun is a whole noun group: "…, saying he always believed" → "he".
  for (let p = i - 1; p > j; p--) {
    if (/^(?:he|she|they|we|i)(?:['’]s)?$/.test(toks[p].lower)) {
      j = p;
      break;
    }
  }
  // Strip discourse openers and time phrases at the front ("But", "Last week").
  let text = s.slice(toks[j].start, toks[i - 1].end);
  const lead = DATELINE.exec(text) ?? LEADING_DISCOURSE.exec(text);
  if (lead && lead[0].length > 0) {
    const cut = toks[j].start + lead[0].length;
    while (j < i && toks[j].start < cut) j++;
    if (j >= i) return null;
    text = s.slice(toks[j].start, toks[i - 1].end);
  }
  if (i - j > 13 || !toks.slice(j, i).some(isWord)) return null;
  // "Alden on Tuesday announced": a time phrase closing the subject is not part of it.
  // ("The court last week ruled", "Gowdy earlier Thursday said", "Roe Sunday night
  // told": the same for a bare time word or one led by last/this/earlier/later.)
  for (let cut = trailingTime(toks, j, i); cut > 0; cut = trailingTime(toks, j, i)) i -= cut;
  // "New polls released Sunday show", "court documents reported previously": a
  // participle after the head noun opens a reduced relative clause.
  i = beforeParticiple(toks, j, i);
  const { from, pre } = cutTitle(toks, j, i);
  return { start: toks[from].start, end: toks[i - 1].end, premodifier: pre, appositive: appositive || aside };
}

const DAYS = `${WEEKDAYS}|today|yesterday`;
const DAY = new RegExp(`^(?:${DAYS})$`);
const TIME_WORD = new RegExp(`^(?:${DAYS}|tonight|week|weekend|month|year|morning|afternoon|evening|night)$`);

/** The end of the group j..i before a participle that follows its head noun ("polls released Sunday"), or i. */
function beforeParticiple(toks: Token[], j: number, i: number): number {
  for (let k = j + 1; k < i; k++) {
    const t = toks[k];
    if (t.cap || !/^\p{Ll}+(?:ed|ing)$/u.test(t.text) || NOT_PARTICIPLE.test(t.lower)) continue;
    const prev = toks[k - 1];
    // After a noun (a plural, or a capitalised name), never after a determiner or an
    // adverb: "the newly elected mayor" keeps its adjective.
    if (!(/s$/.test(prev.lower) || prev.cap) || DETERMINERS.test(prev.lower) || /ly$/.test(prev.lower) || prev.lower.endsWith("'s") || prev.lower.endsWith('’s')) continue;
    // What follows a reduced relative: a time, an adverb, "by", "in", or the verb itself.
    const next = toks[k + 1];
    if (k + 1 === i || DAY.test(next.lower) || /^(?:by|in|on|at|last|this|earlier|previously|recently)$/.test(next.lower)) return k;
  }
  return i;
}
const NOT_PARTICIPLE = /^(?:being|having|according|including|leading|ruling|during|following|pending|regarding|concerning)$/;

/** How many tokens of a time phrase close the group j..i ("on Tuesday", "last week", "Sunday night", "earlier Thursday"), or 0; a name is never left empty. */
function trailingTime(toks: Token[], j: number, i: number): number {
  if (i - j < 2 || !TIME_WORD.test(toks[i - 1].lower)) return 0;
  const lead = /^(?:on|last|this|earlier|later|late|early|next)$/;
  if (lead.test(toks[i - 2].lower)) return i - j > 2 ? 2 : 0;
  // "Sunday night": a day before a part of the day.
  if (DAY.test(toks[i - 2].lower) && /^(?:night|morning|afternoon|evening)$/.test(toks[i - 1].lower)) return i - j > 2 ? 2 : 0;
  // A bare day after a name ("Broaddrick Sunday"): only a day, and only after a capitalised word.
  return DAY.test(toks[i - 1].lower) && isCapitalized(toks[i - 2]) && !DAY.test(toks[i - 2].lower) ? 1 : 0;
}

/**
 * Where a restrictive relative clause ending just before token `i` starts ("officials
 * who spoke with the paper"), or -1: "who" right after a word, within a clause's
 * length, with no comma or quotation between ("Roe, who …," is an aside, read elsewhere).
 */
function relativeClauseStart(toks: Token[], i: number, floor: number): number {
  for (let k = i - 1; k > floor && k >= i - 12; k--) {
    const t = toks[k];
    if (BREAK.has(t.text) || t.quoted) return -1;
    // The clause needs words of its own (in "the man who said", "said" is its verb),
    // "who" must be its subject ("the field who he accused": the speaker is "he"),
    // and a noun must come before it ("depending on who you ask" has none).
    if (t.lower === 'who') return k < i - 1 && isWord(toks[k - 1]) && !NOT_A_HEAD.test(toks[k - 1].lower) && !isCapitalized(toks[k + 1]) && !SUBJECT_PRONOUN.test(toks[k + 1].lower) ? k : -1;
  }
  return -1;
}
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you|it)$/;
const NOT_A_HEAD = /^(?:he|she|they|we|i|you|it|on|of|in|at|to|for|with|by|from|about|over|under|matter|know|knows|knew|ask|asks|asked|see|tell|wonder|and|or|but|is|was|are|were)$/;

/** Heads that mean nothing without their relative clause ("those who …", "people who …"). */
const OPEN_HEAD = /^(?:those|anyone|everyone|someone|people|many|some|others)$/;

/** Heads of records and outlets whose maker or place stays in the span ("a poll by X", "an article in Y"). */
const RECORD_HEAD = /^(?:poll|polls|survey|surveys|study|studies|analysis|report|reports|review|audit|article|paper|editorial|op-ed|story|data|investigation)$/;
const INSTITUTION = /^(?:Institute|University|Department|Ministry|Office|Bureau|School|College|Center|Centre|Council|Board|Association|Federation|Chamber|Society|Academy|Committee|Commission|Agency|Bank)$/;
function keepsPhrase(toks: Token[], begin: number, j: number): boolean {
  const t = toks[j].lower;
  const next = toks[j + 1];
  if (t === 'with' && toks[j - 1].lower === 'familiar') return true;
  // "the Harvard University Institute of Politics": "of" between an institution's
  // word and a capitalised name is inside the name.
  if (t === 'of' && INSTITUTION.test(toks[j - 1].text) && next && isCapitalized(next)) return true;
  // "lawyers with the Pro Bono Project", "filings from the Department of Justice"
  // (LABELS.md's own example): a named body the speakers belong to is part of the span.
  if ((t === 'with' || t === 'from') && next && (isCapitalized(next) || (next.lower === 'the' && !!toks[j + 2] && isCapitalized(toks[j + 2])))) return true;
  if (t !== 'by' && t !== 'in') return false;
  if (!next || !(isCapitalized(next) || next.lower === 'the')) return false;
  return toks.slice(begin, j).some((x) => RECORD_HEAD.test(x.lower));
}

/** The noun group starting at token index `begin`, read forwards. */
export function groupAfter(s: string, toks: Token[], begin: number): NounGroup | null {
  let j = begin;
  while (j < toks.length && j - begin < MAX_NP) {
    const t = toks[j];
    if (BREAK.has(t.text) || t.text === '.') {
      // "the Centre for Disease Control (CDC)": keep a parenthesised acronym.
      if (t.text === '(' && toks[j + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(toks[j + 1]?.text ?? '')) {
        j += 3;
        continue;
      }
      break;
    }
    if (t.lower === 'and' && joinsGroup(toks, j)) {
      j++;
      continue;
    }
    // "people familiar with the talks", "a new poll by the Harvard Institute", "an
    // article in Politico": the phrase names the source (LABELS.md: "Court filings
    // from the Department of Justice"), so it stays in the span.
    if (j > begin && keepsPhrase(toks, begin, j)) {
      j++;
      continue;
    }
    if (j > begin && FORWARD_STOP.has(t.lower) && t.text !== t.text.toUpperCase()) break; // but "per the WHO" 
    // "Alex Horton of the Washington Post": a person's affiliation is type evidence.
    if (t.lower === 'of' && j - begin >= 2 && isNameToken(toks[j - 1]) && isNameToken(toks[j - 2])) break;
    j++;
  }
  // "a poll released Monday by …" stopped at the date: drop the dangling participle.
  while (j - begin > 1 && /^\p{Ll}+ed$/u.test(toks[j - 1].text) && FORWARD_STOP.has(toks[j]?.lower ?? '')) j--;
  if (j === begin) return null;
  // An appositive follows a comma: "said Avi Bell, senior fellow at …".
  let appositive = '';
  let end = j;
  if (toks[j]?.text === ',') {
    let k = j + 1;
    while (k < toks.length && k - j < 25 && !BREAK.has(toks[k].text) && toks[k].text !== '.') k++;
    if (k > j + 1) appositive = s.slice(toks[j + 1].start, toks[k - 1].end);
  } else if (j < toks.length && toks[j].lower === 'of') {
    let k = j;
    while (k < toks.length && k - j < 12 && !BREAK.has(toks[k].text) && toks[k].text !== '.') k++;
    appositive = s.slice(toks[j].start, toks[k - 1].end);
  }
  const { from, pre } = cutTitle(toks, begin, end);
  return { start: toks[from].start, end: toks[end - 1].end, premodifier: pre, appositive };
}
