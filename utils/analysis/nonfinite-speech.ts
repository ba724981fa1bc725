/**
 * Speech acts in non-finite clauses (LABELS.md "Speech acts without said"): an -ing
 * form of a verb of saying that is not the sentence's finite verb still names who
 * speaks, through the grammar around it.
 *
 * - An absolute clause, "…, with the minister warning of consequences": the noun
 *   group between "with" and the participle is its subject; so is the name in a
 *   record of someone speaking ("footage of Roe saying, “…”").
 * - A participle after a preposition, "rallied supporters by warning that …",
 *   "After blasting the paper, the governor …": the participle has no subject of
 *   its own and shares the clause's.
 * - A text that came to light or was put out says what its participle says
 *   ("Reports surfaced alleging …", "filed a lawsuit alleging …"): the clause's
 *   subject is the voice.
 * Each reading also needs the participle to say something (see saysSomething).
 */
import { type Token, isCapitalized, opensQuote } from './tokens';
import { PRONOUNS } from './lexicon/function-words';
import type { NounGroup } from './noun-group';

/**
 * Prepositions whose -ing complement shares the clause's subject. ("without saying"
 * says nothing; "magnanimous in declaring victory", "while encouraging" state a
 * manner or an aim more often than a saying: with "in", "while" and "when" too,
 * 172 articles: 4 more sentences broken than fixed.)
 */
const SHARING_PREPOSITION = /^(?:by|before|after)$/;
/**
 * What an absolute "with" follows: a clause's comma or dash, the sentence's start,
 * or a verb of ending or opening ("The interview ended with the host asking …");
 * "breaks with resolutions declaring …" is a verb's object, not a clause.
 */
const ABSOLUTE_AFTER = /^(?:[,;:—–-]|ends?|ended|ending|closes?|closed|began|begins?|opens?|opened|starts?|started|concluded|wrapped)$/;
const FINDING = /^(?:showing|finding|indicating|suggesting|revealing|confirming)$/;
const RECORD = /^(?:polls?|surveys?|data|figures|numbers|records|stud(?:y|ies)|reports?|results|tests?|statistics|analys[ie]s|research|documents|findings|estimates)$/;
const SURFACED = /^(?:surfaced|emerged|circulated|appeared|resurfaced)$/;
const BE_FORM = /^(?:is|are|was|were|be|been|being|get|got|gets)$/;
/**
 * Verbs that are saying only with what is said after them: "posting bail", "writing
 * software", "calling the police", "adding 2 percent" are no speech; "posting that
 * …", "writing, “…”", "calling for …" are.
 */
const NEEDS_WHAT_IS_SAID = /^(?:posting|writing|calling|adding|publishing|releasing|reporting|pointing|responding|noting|stating|citing|answering)$/;
const SAID_NEXT = /^(?:that|whether|how|why|what|if|about|:|,|["“]|'')$/;
function saysSomething(toks: Token[], i: number): boolean {
  const w = toks[i].lower;
  const next = toks[i + 1];
  if (!next || /^[$\d]/.test(next.text)) return false;
  if (!NEEDS_WHAT_IS_SAID.test(w)) return true;
  if (SAID_NEXT.test(next.lower) || (w === 'calling' && /^(?:for|on|out)$/.test(next.lower)) || (w === 'pointing' && /^(?:to|out)$/.test(next.lower))) return true;
  return toks.slice(i + 1, i + 9).some(opensQuote);
}

/**
 * "footage of Trump saying, “…”", "a clip of the mayor warning …", "the recording
 * captures Roe telling …": a record of someone caught speaking; the speaker is the
 * name or pronoun just before the participle.
 */
const RECORDING = /^(?:footage|video|videos|clip|clips|recording|recordings|audio|tape|tapes|transcript|transcripts)$/;
const CAPTURES = /^(?:quote|quotes|quoted|captures|captured|heard|hear|hears|recorded|filmed|caught)$/;
function witnessedSpeaker(toks: Token[], i: number): NounGroup | null {
  let b = i;
  while (b > 0 && i - b < 4 && isCapitalized(toks[b - 1])) b--;
  if (b === i && /^(?:him|her|them)$/.test(toks[i - 1]?.lower ?? '')) b = i - 1;
  if (b === i || b === 0) return null;
  const before = toks[b - 1];
  const ok = CAPTURES.test(before.lower) || (before.lower === 'of' && RECORDING.test(toks[b - 2]?.lower ?? ''));
  return ok ? { start: toks[b].start, end: toks[i - 1].end, premodifier: '', appositive: '' } : null;
}

/**
 * "filed a lawsuit in 2013 alleging that …", "responded with a note on the story
 * saying …", "A federal suit was filed challenging …": a text that says what its
 * participle says, and whoever puts it out (the clause's subject) says it. The
 * index of the text's noun within a few words before the participle, or -1.
 * (Resolutions and rulings are left out: "at odds with resolutions declaring …"
 * is the author's account of them.)
 */
const DOCUMENT = /^(?:lawsuits?|suits?|complaints?|reports?|statements?|letters?|memos?|filings?|petitions?|motions?|ads?|videos?|briefs?|op-eds?|columns?|editorials?|notes?|messages?|posts?|tweets?|emails?|articles?|stories|story)$/;
function documentBefore(toks: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = toks[k];
    // ("the tweets he sent out in 2013 denouncing …": a relative clause of its own
    // stands between, and the participle is the sender's, read elsewhere.)
    if (t.quoted || /^[,;:()"“”—–]$/.test(t.text) || /^(?:who|which|that|and|or|but)$/.test(t.lower) || PRONOUNS.has(t.lower)) return -1;
    if (DOCUMENT.test(t.lower) && !isCapitalized(t)) return k;
  }
  return -1;
}

/** How far back "with" may stand from its participle (the subject between them is a noun group). */
const ABSOLUTE_REACH = 8;
/** Words that cannot sit inside the absolute clause's subject. */
const NOT_IN_GROUP = /^(?:[,;:()"“”—–-]|is|are|was|were|has|have|had|will|would|and|or|but|that|which|who|to|of|in|on|at|for|by|from)$/;

/** The subject of "with <group> <participle>", the participle at i, or null. */
function absoluteSubject(toks: Token[], i: number): NounGroup | null {
  for (let k = i - 1; k >= 0 && k >= i - ABSOLUTE_REACH; k--) {
    const t = toks[k];
    if (t.quoted) return null;
    if (t.lower === 'with') {
      if (k === i - 1 || (k > 0 && !ABSOLUTE_AFTER.test(toks[k - 1].lower))) return null;
      const first = toks[k + 1];
      // A name, a pronoun, a determined noun group ("with the host asking") or a bare
      // plural ("with polls showing").
      if (!(isCapitalized(first) || /^(?:the|a|an|his|her|its|their|some|many|several|other|one|two|three)$/.test(first.lower) || (PRONOUNS.has(first.lower) && first.lower !== 'it') || /^\p{Ll}{3,}s$/u.test(first.text))) return null;
      // ("with Cruz recently promising": an adverb before the participle is no part of the subject.)
      let last = i - 1;
      while (last > k + 1 && /^\p{Ll}+ly$/u.test(toks[last].text)) last--;
      // "with polls showing …" is a finding; "with prices showing signs of …" is not.
      if (FINDING.test(toks[i].lower) && !RECORD.test(toks[last].lower)) return null;
      return { start: first.start, end: toks[last].end, premodifier: '', appositive: '' };
    }
    if (NOT_IN_GROUP.test(t.lower)) return null;
  }
  return null;
}

/**
 * The subject of a verb of saying in -ing form at i that is not the clause's verb,
 * or null. `clauseSubject(k)` reads the subject of the clause holding token k;
 * `subjectAfter(k)` the subject of a main clause that follows an opening phrase
 * ending at the comma k.
 */
export function nonFiniteSpeaker(
  toks: Token[],
  i: number,
  clauseSubject: (at: number) => NounGroup | null,
  subjectAfter: (comma: number) => NounGroup | null,
): NounGroup | null {
  if (!/ing$/.test(toks[i].lower) || !saysSomething(toks, i)) return null;
  const absolute = absoluteSubject(toks, i);
  if (absolute) return absolute;
  const witnessed = witnessedSpeaker(toks, i);
  if (witnessed) return witnessed;
  const doc = documentBefore(toks, i);
  if (doc >= 0) return clauseSubject(doc);
  // "Reports surfaced alleging that …", "Stories have emerged describing …": a
  // text that came to light says what its participle says.
  if (SURFACED.test(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.lower === 'out' && /^(?:came|come|comes)$/.test(toks[i - 2]?.lower ?? ''))) return clauseSubject(i - 1);
  const prep = toks[i - 1];
  if (!prep || !SHARING_PREPOSITION.test(prep.lower)) return null;
  // "after warning signs were ignored": the -ing word modifies a noun, its clause's
  // verb next; no saying.
  if (/^\p{Ll}+s$/u.test(toks[i + 1]?.text ?? '') && /^(?:is|are|was|were|had|have|has|will|would)$/.test(toks[i + 2]?.lower ?? '')) return null;
  // "was arrested after posting threats", "was fired after telling …": a passive
  // clause's subject undergoes the event; what it said is the story's cause, not
  // what the sentence attributes.
  for (let k = i - 2; k > 0 && k >= i - 12; k--) if (BE_FORM.test(toks[k - 1].lower) && /^\p{Ll}+(?:ed|en)$/u.test(toks[k].text)) return null;
  // An opening phrase ("After blasting the paper, the governor …"): the subject
  // follows its comma.
  if (i - 1 === 0) {
    for (let k = i + 1; k < toks.length && k <= i + 20; k++) {
      if (toks[k].quoted || /^[;:]$/.test(toks[k].text)) return null;
      if (toks[k].text === ',') return subjectAfter(k);
    }
    return null;
  }
  return clauseSubject(i - 1);
}
