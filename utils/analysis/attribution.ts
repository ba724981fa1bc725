/**
 * Attribution inside one sentence: the cue ("said", "according to", "denied") and
 * the noun group naming who stands behind it (LABELS.md "Source"). Handles
 * `X said (that) …`, `"…," X said`, `"…," said X, a spokesman for Y`, `according to
 * X` anywhere, `X told Y …`, passives (`it was reported`, `was accused of`), and
 * nesting ("According to X, sources … indicate …" → chain [X, sources]).
 */
import { type Token, isCapitalized } from './tokens';
import { type CueClass, cueClassOf, NOUN_LIKE_FORMS } from './lexicon/reporting';
import { VERB_PRELUDE, PRONOUNS } from './lexicon/function-words';
import { type NounGroup, groupAfter, subjectBefore } from './noun-group';

/** One attribution found in a sentence; offsets are sentence-relative. */
export interface Attribution {
  /** Who says it; null for an agentless passive ("it was reported"). */
  group: NounGroup | null;
  /** The cue as written in the sentence ("said", "according to"). */
  cue: string;
  cueStart: number;
  cls: CueClass;
  kind: 'according' | 'subject' | 'inverted' | 'passive';
  /** "did not confirm", "never said": the cue is negated. */
  negated: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', "isn't", 'isn’t', "aren't", 'aren’t', "wasn't", 'wasn’t', "weren't", 'weren’t']);
const NOUN_CONTEXT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|a|an|his|her|its|their|our|my|your|this|these|those|new|latest|recent|no|any|such|'s|’s|initial|final|previous|annual|quarterly|same|another|every|each|own|joint)$/;
const QUANTIFIER = /^(?:more|most|less|many|few|several|other|such|some|all|both|further|additional|new|fresh|recent)$/;
const DETERMINER_ANY = /^(?:the|a|an|his|her|its|their|our|this|these|those|some|any|no)$/;
const PREPOSITION = /^(?:of|in|for|on|with|to|by|from|that|about|over|against)$/;
const PREFIX_VERBS = new Set(['declined', 'refused', 'went', 'continued', 'continues', 'began', 'wanted']);
const VERB_COMPLEMENT = /^(?:that|the|a|an|it|he|she|they|we|i|this|his|her|their|its|on|about|no|[:"“”'‘]|—|there|in|when|whether|how|what|why|if)$/;
const NEEDS_COMPLEMENT = new Set(['add', 'adds', 'added', 'testified', 'testifies', 'asked', 'questioned', 'reported', 'called', 'point', 'points', 'pointed']);
const TELL = /^(?:tell|tells|told)$/;
const INTRODUCTORY = /^(?:in|on|at|during|after|before|by|for|since|over|once|having|when|while|if|as|although|though|because|with|without|despite|following|amid|under|earlier|later|last|this|next|still|meanwhile|yet|however)$/;
const FORWARD_END = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|also|then|who|which|that)$/;
const TAG_VERBS = /^(?:say|says|said|add|adds|added|note|notes|noted|write|writes|wrote|argue|argues|argued|warn|warns|warned|explain|explains|explained|report|reports|reported|state|states|stated|claim|claims|claimed|insist|insists|insisted|tell|tells|told)$/;
const LY_NOUNS = /^(?:family|ally|supply|rally|assembly|monopoly|anomaly|reply|july|italy|bully|belly|jelly|homily|lily|folly|melancholy|holy|early|only|daily|weekly|monthly|quarterly|yearly)$/;
const QUOTE_ONLY = new Set(['continue', 'continued', 'continues', 'replied', 'replies', 'answered', 'answers', 'recalled', 'recalls', 'shouted', 'quipped', 'joked']);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|week|month|year|night|morning|afternoon|evening|on)$/;
const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their|our)$/;
const DOCUMENT_NOUN = /^(?:statement|report|letter|study|paper|deal|decision|plan|move|article|post|video|presentation|document|release|survey|poll|data|findings|order|ruling|memo)$/;
const PARTICIPLE_FORMS = /(?:ed|told|said|found|shown|thought|written|known)$/;

/** Whether the token at i reads as a noun ("the report", "his claims"), not a verb. */
function readsAsNoun(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return NOUN_LIKE_FORMS.has(toks[i].lower) && !/^(?:says|said|told|tells)$/.test(toks[i].lower);
  // "the disputed city", "an alleged plot", "his claims": adjectives and nouns.
  if (NOUN_CONTEXT.test(prev.lower) || /['’]s$/.test(prev.text)) return true;
  // "troubling questions", "the nonstop demands": a noun after an adjective.
  if (NOUN_LIKE_FORMS.has(toks[i].lower) && /^\p{Ll}/u.test(prev.text) && (/ing$/.test(prev.lower) || QUANTIFIER.test(prev.lower) || DETERMINER_ANY.test(toks[i - 2]?.lower ?? ''))) return true;
  // After a preposition only a noun-like form or gerund is a noun ("responded to
  // claims", "of saying"); "declined to say" keeps its verb.
  return PREPOSITION.test(prev.lower) && (NOUN_LIKE_FORMS.has(toks[i].lower) || /ing$/.test(toks[i].lower));
}

/** Index of the first token of the verb group ending at i (skipping "has also"). */
function preludeStart(toks: Token[], i: number): { at: number; negated: boolean } {
  let j = i;
  let negated = false;
  while (j > 0 && j > i - 6) {
    const t = toks[j - 1].lower;
    if (t === 'to' && j - 2 >= 0 && PREFIX_VERBS.has(toks[j - 2].lower)) {
      j -= 2;
      continue;
    }
    // Adverbs ("flatly", "swiftly") but not nouns in -ly ("the family said").
    if (!VERB_PRELUDE.has(t) && !(/^[a-z]{3,}ly$|^flat-out$/.test(t) && !LY_NOUNS.test(t))) break;
    if (/^(?:not|n't|never|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|wasn['’]t|weren['’]t)$/.test(t)) negated = true;
    j--;
  }
  return { at: j, negated };
}

/** Whether the verb at i has the complement a verb of saying takes ("states that"). */
function hasSpeechComplement(toks: Token[], i: number): boolean {
  // Skip a time expression first: "reported Saturday that", "said last week that".
  let k = i + 1;
  while (k < toks.length && k < i + 4 && TIME_WORD.test(toks[k].lower)) k++;
  const next = toks[k]?.lower ?? '';
  if (/^call/.test(toks[i].lower) && /^(?:for|on)$/.test(next)) return true; // called for
  // "She added, “We must …”": a comma or colon that opens a quotation.
  if ((next === ',' || next === ':') && /^["“]$/.test(toks[k + 1]?.text ?? '')) return true;
  // "…, experts say.": a tag closing the sentence after a comma (verbs of saying only).
  if ((next === '' || next === '.') && TAG_VERBS.test(toks[i].lower) && toks.slice(Math.max(0, i - 6), i).some((x) => x.text === ',')) return true;
  // "reported at least 5,000 people …": a quantity follows.
  if (/^report/.test(toks[i].lower) && /^(?:at|more|about|nearly|almost|over|some|roughly)$/.test(next)) return true;
  if (VERB_COMPLEMENT.test(next)) return true;
  if (/^report/.test(toks[i].lower) && /^[$\d]/.test(next)) return true; // "reported $2.53"
  return toks[i].lower.startsWith('point') && next === 'out';
}

/** Whether the verb at i is read as saying at all (not a noun, adjective or event). */
function isSpeechVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (readsAsNoun(toks, i)) return false;
  // A capitalised word inside a sentence is a name ("United States"), not a verb.
  if (i > 0 && isCapitalized(t)) return false;
  // An -ing form is a participle ("resolutions declaring …", ", saying …") unless
  // it is progressive ("are alleging").
  const progressive = /ing$/.test(t.lower) && BE.has(toks[i - 1]?.lower ?? '');
  if (/ing$/.test(t.lower) && !progressive && !isParticipleClause(toks, i)) return false;
  // "the current expected lineup": a participle between an adjective and its noun.
  if (/ed$/.test(t.lower) && /^\p{Ll}+(?:al|ent|ant|ous|ive|ic|ful|less)$/u.test(toks[i - 1]?.text ?? '') && /^\p{Ll}/u.test(toks[i + 1]?.text ?? '') && !VERB_COMPLEMENT.test(toks[i + 1]?.lower ?? '')) return false;
  // "a statement released Monday": a participle after a document noun.
  if (/ed$/.test(t.lower) && DOCUMENT_NOUN.test(toks[i - 1]?.lower ?? '') && DETERMINER.test(toks[i - 2]?.lower ?? '')) return false;
  // Forms that are also nouns, and verbs that also name events ("testified before
  // the committee", "added 2%"), need a complement of saying after them unless
  // they tag a quotation.
  // "continued", "replied": speech only when they tag a quotation.
  if (QUOTE_ONLY.has(t.lower)) return toks.slice(Math.max(0, i - 8), i).some((x) => x.quoted && /^["”]$/.test(x.text)) || /^[:,]$/.test(toks[i + 1]?.text ?? '') && /^["“]$/.test(toks[i + 2]?.text ?? '');
  if (!progressive && (NOUN_LIKE_FORMS.has(t.lower) || NEEDS_COMPLEMENT.has(t.lower))) {
    const tagsQuote = toks.slice(Math.max(0, i - 8), i).some((x) => x.quoted && /^["”]$/.test(x.text)) || (/^call/.test(t.lower) && toks.slice(i + 1, i + 7).some((x) => /^["“]$/.test(x.text)));
    return tagsQuote || isInverted(toks, i) || hasSpeechComplement(toks, i);
  }
  return true;
}

/** ", saying …" / ", arguing that …": a participle clause whose subject opens the sentence. */
const isParticipleClause = (toks: Token[], i: number): boolean => toks[i - 1]?.text === ',' && /ing$/.test(toks[i].lower);

/** '"…," said Jane Doe' / ', says Buser,': the verb right after a quote or comma, speaker after it. */
function isInverted(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next || TELL.test(toks[i].lower) || /ing$/.test(toks[i].lower)) return false; // "told X" names the listener
  if (!(prev.text === ',' || /^["”]$/.test(prev.text))) return false;
  // Only verbs of saying invert ('…," says Ward'); ", shows the states" does not.
  if (!TAG_VERBS.test(toks[i].lower) && !/^(?:asked|asks|added|adds|continued|replied|recalled|explained|writes|wrote)$/.test(toks[i].lower)) return false;
  if (PRONOUNS.has(next.lower)) return false;
  if (isCapitalized(next) || /^(?:the|a|an)$/.test(next.lower) || /s$/.test(next.lower)) return true;
  // '…," says veteran newspaper analyst Ken Doctor': lower-case titles, then a name.
  return toks.slice(i + 2, i + 5).some((t) => isCapitalized(t) && !t.quoted);
}

/**
 * The subject that opens the clause holding token `at` ("She didn't …, but said …",
 * "(the company would not …, but called it …)"): a pronoun or a noun group read
 * forwards from the clause start. None inside a relative clause ("which owns … and
 * boasts …").
 */
function leadingSubject(toks: Token[], at: number): NounGroup | null {
  // Clause start: the last "(", ";", ":" or dash before `at` (commas are crossed,
  // since "…, but said" coordinates with the clause before the comma).
  let b = at;
  while (b > 0 && at - b < 40 && !/^[(;:—–]$/.test(toks[b - 1].text)) b--;
  if (b > 0 && at - b >= 40) return null;
  // Skip an opening phrase up to its comma: "In August, several groups …".
  if (INTRODUCTORY.test(toks[b]?.lower ?? '')) {
    const open = b;
    while (b < at && b - open < 16 && toks[b].text !== ',') b++;
    if (toks[b]?.text !== ',') return null;
    b++;
  }
  const first = toks[b];
  if (!first || first.quoted || b >= at || /^(?:which|who|that|whose)$/.test(first.lower)) return null;
  if (PRONOUNS.has(first.lower)) return first.lower === 'it' || first.lower === 'you' ? null : { start: first.start, end: first.end, premodifier: '', appositive: '' };
  // The group ends at its verb: the first word of saying, an -ed form, or the first
  // lower-case word after a name ("Hillary Clinton spoke out …").
  let end = b;
  while (end < at && end - b < 8) {
    const t = toks[end];
    if (end > b && (cueClassOf(t.lower) || /^\p{Ll}+ed$/u.test(t.text) || FORWARD_END.test(t.lower) || t.text === ',' || t.quoted)) break;
    const prevTok = toks[end - 1];
    if (end > b && isCapitalized(prevTok) && !DETERMINER_ANY.test(prevTok.lower) && /^\p{Ll}/u.test(t.text) && !/^(?:of|and|&|for|de|van|von)$/.test(t.lower)) break;
    end++;
  }
  if (end === b || end - b >= 8) return null;
  return { start: first.start, end: toks[end - 1].end, premodifier: '', appositive: '' };
}

/** All attributions of a sentence, in textual order. */
export function findAttributions(s: string, toks: Token[]): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quoted) continue; // words inside a quotation are the quoted voice's, not cues
    if (t.lower === 'according' && toks[i + 1]?.lower === 'to') {
      out.push({ group: groupAfter(s, toks, i + 2), cue: s.slice(t.start, toks[i + 1].end), cueStart: t.start, cls: 'reported', kind: 'according', negated: false });
      i++;
      continue;
    }
    if (t.lower === 'per' && toks[i + 1] && (isCapitalized(toks[i + 1]) || toks[i + 1].lower === 'the') && (i === 0 || toks[i - 1].text === ',')) {
      out.push({ group: groupAfter(s, toks, i + 1), cue: t.text, cueStart: t.start, cls: 'reported', kind: 'according', negated: false });
      continue;
    }
    const cls = cueClassOf(t.lower);
    if (!cls || !isSpeechVerb(toks, i)) continue;
    const { at, negated } = preludeStart(toks, i);
    const prev = toks[at - 1];
    const cue = t.text.replace(/\.$/, '');
    // "the sum reportedly demanded by Ferro": a participle with its agent.
    if (/ed$/.test(t.lower) && toks[i + 1]?.lower === 'by' && toks[i + 2] && isCapitalized(toks[i + 2])) {
      out.push({ group: groupAfter(s, toks, i + 2), cue, cueStart: t.start, cls, kind: 'passive', negated });
      continue;
    }
    // Passive: "it was reported", "were accused of", "is believed to".
    if (at < i && toks.slice(at, i).some((x) => BE.has(x.lower)) && PARTICIPLE_FORMS.test(t.lower)) {
      const by = toks[i + 1]?.lower === 'by' ? groupAfter(s, toks, i + 2) : null;
      out.push({ group: by, cue, cueStart: t.start, cls, kind: 'passive', negated });
      continue;
    }
    // The subject before the verb first ("Smith, a spokesman, said"); a verb right
    // after a quote or comma with no subject there takes the speaker after it.
    let g = subjectBefore(s, toks, at);
    if (g && at - 1 >= 0 && toks[at - 1].start === g.start && !isCapitalized(toks[at - 1]) && !/s$/.test(toks[at - 1].lower) && !PRONOUNS.has(toks[at - 1].lower)) {
      g = null; // a lone lower-case singular noun ("to exchange notes") is no speaker
    }
    // "You shouldn't believe them": the generic reader is no source.
    if (g && /^(?:you|one)$/i.test(s.slice(g.start, g.end))) g = null;
    // ", too, said Mary Roe": after a comma, a named speaker after the verb beats
    // a subject found only by skipping an aside.
    if (g && prev?.text === ',' && !g.appositive && isInverted(toks, i) && isCapitalized(toks[i + 1]) && /^\p{Ll}/u.test(s.slice(g.start, g.start + 1))) g = null;
    if (g) {
      out.push({ group: g, cue, cueStart: t.start, cls, kind: 'subject', negated });
      continue;
    }
    if (isInverted(toks, i)) {
      const after = groupAfter(s, toks, i + 1);
      if (after) {
        out.push({ group: after, cue, cueStart: t.start, cls, kind: 'inverted', negated });
        continue;
      }
    }
    // "She didn't give a date, but said …" / "Trump is defending it, saying …":
    // the coordinated verb or participle shares the sentence's subject.
    if (prev && (/^(?:and|but)$/.test(prev.lower) || isParticipleClause(toks, i))) {
      const lead = leadingSubject(toks, at);
      if (lead && lead.end <= prev.start) out.push({ group: lead, cue, cueStart: t.start, cls, kind: 'subject', negated });
    }
  }
  // A subject found inside an "according to" source is that source, not a voice.
  // Both lists are in textual order, so one pass compares each with its neighbour.
  let last: NounGroup | null = null;
  return out.filter((a) => {
    if (a.kind === 'according') {
      last = a.group;
      return true;
    }
    return !(a.group && last && a.group.start >= last.start && a.group.end <= last.end);
  });
}
