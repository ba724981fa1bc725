/**
 * Is this word a verb of saying here? News words like "report", "claims", "call",
 * "added" are often nouns, adjectives or event verbs ("testified before the
 * committee", "the stock added 2%"); these checks read the words around them.
 */
import { type Token, isCapitalized, opensQuote } from './tokens';
import { NOUN_LIKE_FORMS, TAG_VERBS } from './lexicon/reporting';
import { VERB_PRELUDE, PRONOUNS } from './lexicon/function-words';

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', "isn't", 'isn’t', "aren't", 'aren’t', "wasn't", 'wasn’t', "weren't", 'weren’t']);
const NOUN_CONTEXT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|a|an|his|her|its|their|our|my|your|this|these|those|new|latest|recent|no|any|such|'s|’s|initial|final|previous|annual|quarterly|same|another|every|each|own|joint)$/;
const QUANTIFIER = /^(?:more|most|less|many|few|several|other|such|some|all|both|further|additional|new|fresh|recent|large|small|big|major|key|old|broad|broader|wider|larger|bigger|serious|public|private)$/;
export const DETERMINER_ANY = /^(?:the|a|an|his|her|its|their|our|this|these|those|some|any|no)$/;
const PREPOSITION = /^(?:of|in|for|on|with|to|by|from|that|about|over|against)$/;
const PREFIX_VERBS = new Set(['declined', 'refused', 'went', 'continued', 'continues', 'began', 'wanted']);
const VERB_COMPLEMENT = /^(?:that|the|a|an|it|he|she|they|we|i|this|his|her|their|its|on|about|no|[:"“”'‘]|—|there|in|when|whether|how|what|why|if|(?:he|she|it|there|that)['’]s|(?:they|we|you)['’]re|i['’]m|(?:he|she|they|we|i)['’](?:d|ll|ve))$/;
const NEEDS_COMPLEMENT = new Set(['add', 'adds', 'added', 'testified', 'testifies', 'asked', 'questioned', 'reported', 'called', 'point', 'points', 'pointed', 'respond', 'responds', 'responded', 'agree', 'agrees', 'agreed', 'release', 'releases', 'released', 'publish', 'publishes', 'published', 'posted', 'demand', 'demanded', 'demanding']);
const TELL = /^(?:tell|tells|told)$/;
const LY_NOUNS = /^(?:family|ally|supply|rally|assembly|monopoly|anomaly|reply|july|italy|bully|belly|jelly|homily|lily|folly|melancholy|holy|early|only|daily|weekly|monthly|quarterly|yearly)$/;
/** "…, a new study has found.": findings also close a sentence as a tag. */
const FINDING_TAG = /^(?:found|finds|find|showed|shows|show|concluded|concludes|conclude)$/;
const QUOTE_ONLY = new Set(['continue', 'continued', 'continues', 'replied', 'replies', 'answered', 'answers', 'recalled', 'recalls', 'shouted', 'quipped', 'joked']);
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|last|this|week|month|year|night|morning|afternoon|evening|on)$/;
const DOCUMENT_NOUN = /^(?:statement|report|letter|study|paper|deal|decision|plan|move|article|post|video|presentation|document|release|survey|poll|data|findings|order|ruling|memo)$/;
const PARTICIPLE_NEXT = /^(?:by|on|in|at|to|last|this|earlier|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|with|from|after|before|during|over|,|\.|)$/;
export const PARTICIPLE_FORMS = /(?:ed|told|said|found|shown|thought|written|known)$/;

/** Things said or written, that one responds to in words. */
const SAID_THINGS = /^(?:criticisms?|critiques?|allegations?|accusations?|claims?|charges?|reports?|questions?|inquiries|comments?|remarks?|statements?|tweets?|posts?|rants?|attacks?|jabs?|insults?|letters?|requests?|calls?|demands?|suggestions?|concerns?|complaints?|stories|story|articles?|ads?|speech|speeches|criticism|news|rumors?|rumours?)$/;

const CLAUSE_OPENER = /^(?:that|he|she|they|we|i|there|(?:he|she|it|there|that)['’]s|(?:they|we)['’]re|i['’]m)$/;

/** Whether the token at i reads as a noun ("the report", "his claims"), not a verb. */
function readsAsNoun(toks: Token[], i: number): boolean {
  // "thanks to his wins": a preposition, not thanking.
  if (toks[i].lower === 'thanks' && toks[i + 1]?.lower === 'to') return true;
  const prev = toks[i - 1];
  if (!prev) return NOUN_LIKE_FORMS.has(toks[i].lower) && !/^(?:says|said|told|tells)$/.test(toks[i].lower);
  // "the disputed city", "an alleged plot", "his claims": adjectives and nouns.
  // ("He's said" is "he has said": a pronoun's 's is no possessive.)
  // ("About one in five say …", "Another tweeted, “…”": a number or "another"
  // standing for people, then a finite verb of saying; 172 articles: 1 fixed, 0 broken.)
  if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|another)$/.test(prev.lower) && (/^(?:say|says|said|told)$/.test(toks[i].lower) || (/ed$/.test(toks[i].lower) && /^(?:[,:"“]|that)$/.test(toks[i + 1]?.text.toLowerCase() ?? '')))) return false;
  if (NOUN_CONTEXT.test(prev.lower) || (/['’]s$/.test(prev.text) && !/^(?:he|she|it|that|who|there|what|where|here)['’]s$/.test(prev.lower))) return true;
  // "troubling questions", "the nonstop demands": a noun after an adjective.
  // "an hourlong show that …": after a/an and one word, a base form is a noun.
  if (NOUN_LIKE_FORMS.has(toks[i].lower) && /^(?:a|an)$/.test(toks[i - 2]?.lower ?? '') && /^\p{Ll}/u.test(prev.text)) return true;
  // (Only a plural can be that noun: "her colleagues found" keeps its verb.)
  // ("the developer claims he is owed …": a clause after it makes it the verb, as
  // does a quotation just before it: '"…," the narrator states.')
  if (NOUN_LIKE_FORMS.has(toks[i].lower) && /s$/.test(toks[i].lower) && /^\p{Ll}/u.test(prev.text) && !/s$/.test(prev.lower) && (/ing$/.test(prev.lower) || QUANTIFIER.test(prev.lower) || DETERMINER_ANY.test(toks[i - 2]?.lower ?? '')) && !CLAUSE_OPENER.test(toks[i + 1]?.lower ?? '') && !tagsQuoteBefore(toks, i)) return true;
  // After a preposition only a noun-like form or gerund is a noun ("responded to
  // claims", "of saying"); "declined to say" keeps its verb.
  return PREPOSITION.test(prev.lower) && (NOUN_LIKE_FORMS.has(toks[i].lower) || /ing$/.test(toks[i].lower));
}

/** A closing quotation mark and a comma within the few words before i ('"…," a voice in the ad states'). */
const tagsQuoteBefore = (toks: Token[], i: number): boolean => {
  for (let k = i - 1; k >= 1 && k >= i - 7; k--) if (toks[k].quoted && /^["”]$/.test(toks[k].text)) return toks[k - 1].text === ',';
  return false;
};

/** Index of the first token of the verb group ending at i (skipping "has also"). */
export function preludeStart(toks: Token[], i: number): { at: number; negated: boolean } {
  let j = i;
  let negated = false;
  while (j > 0 && j > i - 6) {
    const t = toks[j - 1].lower;
    if (t === 'to' && j - 2 >= 0 && PREFIX_VERBS.has(toks[j - 2].lower)) {
      j -= 2;
      continue;
    }
    // Adverbs ("flatly", "swiftly") but not nouns in -ly ("the family said") nor
    // names ("Mrs. Schlafly said").
    if (!VERB_PRELUDE.has(t) && !(/^[a-z]{3,}ly$|^flat-out$/.test(t) && !LY_NOUNS.test(t) && !(toks[j - 1].cap && j - 1 > 0))) break;
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
  // ("reported ten days ago", "said two weeks ago": a span of time back from now.)
  if (/^(?:days?|weeks?|months?|years?|hours?)$/.test(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'ago') k += 3;
  // ("saying only that", "said simply that": a focusing adverb before the clause.)
  if (/^(?:only|simply|merely|just|again|also|repeatedly|publicly|privately|flatly)$/.test(toks[k]?.lower ?? '') && VERB_COMPLEMENT.test(toks[k + 1]?.lower ?? '')) k++;
  const next = toks[k]?.lower ?? '';
  if (/^call/.test(toks[i].lower) && /^(?:for|on|upon)$/.test(next)) return true; // called for
  if (/^point/.test(toks[i].lower) && next === 'to') return true; // "pointed to the record"
  // "responded to the allegations", "has responded to Roe's criticism": answering
  // something said is a speech act; "responded to the fire" is not, nor is "did
  // not respond to a request for comment", where nothing was said.
  if (/^respond/.test(toks[i].lower) && next === 'to') return !preludeStart(toks, i).negated && toks.slice(k + 1, k + 6).some((x) => !x.quoted && SAID_THINGS.test(x.lower));
  // "She added, “We must …”": a comma or colon that opens a quotation.
  if ((next === ',' || next === ':') && /^["“]$/.test(toks[k + 1]?.text ?? '')) return true;
  // "…, experts say.": a tag closing the sentence after a comma (verbs of saying only).
  // ("…, the budget office reported on Tuesday -- a development that …": a dash
  // closes the tag as a full stop does.)
  if ((next === '' || next === '.' || /^[—–-]{1,2}$/.test(next)) && (TAG_VERBS.test(toks[i].lower) || FINDING_TAG.test(toks[i].lower)) && toks.slice(Math.max(0, i - 6), i).some((x) => x.text === ',')) return true;
  // "reported at least 5,000 people …": a quantity follows.
  if (/^report/.test(toks[i].lower) && /^(?:at|more|about|nearly|almost|over|some|roughly|only|just)$/.test(next)) return true;
  if (VERB_COMPLEMENT.test(next)) return true;
  // "reported Hillary Clinton is vetting …": a clause without "that", its subject a name.
  if (toks[k] && isCapitalized(toks[k]) && toks.slice(k + 1, k + 5).some((x) => /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does)$/.test(x.lower))) return true;
  // ("…, saying conservatives need to band together": a plural noun's clause, its verb
  // next; 172 articles: 1 fixed, 0 broken.)
  if (toks[k] && /^\p{Ll}{3,}s$/u.test(toks[k].text) && /^(?:are|were|have|had|will|would|could|can|may|might|should|must|need|want|do|did)$/.test(toks[k + 1]?.lower ?? '')) return true;
  if (/^report/.test(toks[i].lower) && /^[$\d]/.test(next)) return true; // "reported $2.53"
  if (/^report/.test(toks[i].lower) && /^(?:earnings|revenue|revenues|profit|profits|sales|losses|net|record|strong|weak|higher|lower)$/.test(next)) return true;
  return toks[i].lower.startsWith('point') && next === 'out';
}

/** The verb at i follows a quotation's close within eight tokens ('…," he continued'). */
const tagsClosedQuote = (toks: Token[], i: number): boolean => toks.slice(Math.max(0, i - 8), i).some((x) => x.quoted && /^["”]$/.test(x.text));

/** Whether the verb at i is read as saying at all (not a noun, adjective or event). */
export function isSpeechVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  // "A Fox News poll, conducted last week, shows Sanders ahead": a record shows
  // whatever follows (LABELS.md "Records"); "a poll shows" is no noun compound.
  if (FINDING_TAG.test(t.lower) && !(i > 0 && isCapitalized(t)) && (RECORD_NOUN.test(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.text === ',' && recordBefore(toks, i)) || recordOpens(toks, i))) return true;
  if (readsAsNoun(toks, i)) return false;
  // A capitalised word inside a sentence is a name ("United States"), not a verb.
  if (i > 0 && isCapitalized(t)) return false;
  // An -ing form is a participle ("resolutions declaring …", ", saying …") unless
  // it is progressive ("are alleging").
  const progressive = /ing$/.test(t.lower) && BE.has(toks[i - 1]?.lower ?? '');
  if (/ing$/.test(t.lower) && !progressive && !isParticipleClause(toks, i)) return false;
  // "the current expected lineup": a participle between an adjective and its noun.
  if (/ed$/.test(t.lower) && /^\p{Ll}+(?:al|ent|ant|ous|ive|ic|ful|less)$/u.test(toks[i - 1]?.text ?? '') && !/ment$/.test(toks[i - 1].lower) && /^\p{Ll}/u.test(toks[i + 1]?.text ?? '') && !VERB_COMPLEMENT.test(toks[i + 1]?.lower ?? '')) return false;
  // "a statement released Monday", "the letter sent to members": a participle after a
  // document noun, with its time or agent after it; "the statement urged Americans …"
  // is the statement's own verb.
  // ("two articles published in October": a number or a plural does as the article
  // does; 172 articles: 1 spurious source gone, 0 broken.)
  if (/ed$/.test(t.lower) && DOCUMENT_NOUN.test((toks[i - 1]?.lower ?? '').replace(/s$/, '')) && (DETERMINER_ANY.test(toks[i - 2]?.lower ?? '') || /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|new|recent)$/.test(toks[i - 2]?.lower ?? '')) && PARTICIPLE_NEXT.test(toks[i + 1]?.lower ?? '')) return false;
  // "continued", "replied": speech only when they tag a quotation.
  if (QUOTE_ONLY.has(t.lower)) return tagsClosedQuote(toks, i) || (/^[:,]$/.test(toks[i + 1]?.text ?? '') && /^["“]$/.test(toks[i + 2]?.text ?? '')) || toks[i + 1]?.lower === 'that' || (/^jok/.test(t.lower) && toks[i + 1]?.lower === 'about') || parenthetical(toks, i);
  // "the most delegate-rich state on the calendar", "the 22-member state Republican
  // committee": "state" speaks only with "that", a colon or a quotation after it
  // (172 articles: 2 spurious sources gone, 0 broken).
  if (/^states?$/.test(t.lower)) return /^(?:that|:|["“])$/.test(toks[i + 1]?.text.toLowerCase() ?? '') || isInverted(toks, i) || tagsClosedQuote(toks, i);
  // "a popular play called “Los Hijos”", "what they called ‘supermarkets’": naming a
  // thing, not saying anything (172 articles: 2 spurious sources gone, 0 broken).
  if (/^(?:called|dubbed)$/.test(t.lower) && /^["“'‘]+$/.test(toks[i + 1]?.text ?? '') && ((/^\p{Ll}+$/u.test(toks[i - 1]?.text ?? '') && !/s$/.test(toks[i - 1].lower) && !PRONOUNS.has(toks[i - 1].lower)) || toks[i - 2]?.lower === 'what')) return false;
  // "ruled out a bid": excluding, not ruling.
  if (/^rul/.test(t.lower) && toks[i + 1]?.lower === 'out') return false;
  // Forms that are also nouns, and verbs that also name events ("testified before
  // the committee", "added 2%"), need a complement of saying after them unless
  // they tag a quotation.
  if (!progressive && (NOUN_LIKE_FORMS.has(t.lower) || NEEDS_COMPLEMENT.has(t.lower))) {
    // ("called those pushing for … “fools”": the name given may come ten words on;
    // 172 articles: 1 fixed, 0 broken against six words.)
    // ("posted just two words on his network - “So terrible”": a post or a tweet
    // whose words come a few words on, set off by a dash or a colon; "posted record
    // profits, up from “modest” gains" is no post.)
    const tagsQuote =
      tagsClosedQuote(toks, i) ||
      (/^call/.test(t.lower) && toks.slice(i + 1, i + 11).some(opensQuote)) ||
      (/^(?:post|tweet)/.test(t.lower) && toks.slice(i + 2, i + 11).some((x, k) => opensQuote(x) && /^[:—–-]$/.test(toks[i + 1 + k].text)));
    return tagsQuote || isInverted(toks, i) || hasSpeechComplement(toks, i) || passiveWithAgent(toks, i) || setOffTag(toks, i);
  }
  return true;
}

/**
 * "Cost estimates, he added, were …", "But, the former chief added, it is …": a
 * verb of saying set between commas inside the sentence, its speaker just before
 * it, needs no complement of its own (the sentence around it is what is said).
 * Over the 172 labelled articles: 3 source sentences fixed, 0 broken.
 */
function setOffTag(toks: Token[], i: number): boolean {
  if (toks[i + 1]?.text !== ',' || !TAG_VERBS.test(toks[i].lower) || !toks[i + 2] || /^[.!?]$/.test(toks[i + 2].text)) return false;
  for (let k = i - 1; k >= 1 && k >= i - 8; k--) {
    if (toks[k].text === ',') {
      const first = toks[k + 1];
      return k < i - 1 && (PRONOUNS.has(first.lower) || isCapitalized(first) || DETERMINER_ANY.test(first.lower));
    }
    if (toks[k].quoted || /^[;:()"“”]$/.test(toks[k].text) || (k < i - 1 && /^\p{Ll}+(?:ed|ing)$/u.test(toks[k].text) && !PARTICIPLE_NOUN.test(toks[k].lower))) return false;
  }
  return false;
}
/** Words in -ed or -ing that are nouns, not a verb between the comma and the tag ("the hearing chair added"). */
const PARTICIPLE_NOUN = /^(?:red|bed|shed|hundred|building|meeting|briefing|hearing|spring|king|ring|thing|evening|morning)$/;

const RECORD_NOUN = /^(?:poll|polls|survey|surveys|study|studies|data|records|report|reports|analysis|results|figures|numbers|findings|review|audit|investigation|inquiry|census|statistics|research|tests?|documents|filings|footage|video|average)$/;
/** A record noun heads the clause before the verb at i (within ten words, no clause break). */
function recordBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (/^[.;:]$/.test(toks[k].text) || toks[k].quoted) return false;
    if (RECORD_NOUN.test(toks[k].lower)) return true;
  }
  return false;
}

/** "A survey by the group in March found …": a record noun heads the sentence whose verb is at i. */
function recordOpens(toks: Token[], i: number): boolean {
  if (i > 14 || toks.slice(0, i).some((t) => /^[.;:]$/.test(t.text) || t.quoted)) return false;
  // "In a survey last year, she found …": the record sits in an opening phrase, not the subject.
  if (/^(?:in|on|at|for|after|during|from|with|by|before|since|under|over|according|as|like|unlike)$/.test(toks[0]?.lower ?? '')) return false;
  return toks.slice(0, 4).some((t) => RECORD_NOUN.test(t.lower));
}

/** "The driver, Ms. Roe recalled, was calm.": a speaker set between commas inside the sentence. */
function parenthetical(toks: Token[], i: number): boolean {
  if (toks[i + 1]?.text !== ',') return false;
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (toks[k].text === ',') return k < i - 1 && isCapitalized(toks[i - 1]);
    if (!isCapitalized(toks[k]) && !/^(?:mr|mrs|ms|dr)\.?$/.test(toks[k].lower)) return false;
  }
  return false;
}

/** "by Thursday", "by the end of May": a deadline after "by", not an agent. */
const DEADLINE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|noon|midnight|tomorrow|tonight|today|then|now|next|early|late|mid|the end|the time|the start)$/;
export const isAgent = (toks: Token[], k: number): boolean =>
  !DEADLINE.test(toks[k]?.lower ?? '') && !(toks[k]?.lower === 'the' && /^(?:end|time|start|beginning|middle|close|deadline|weekend)$/.test(toks[k + 1]?.lower ?? ''));

/** "was first reported by BuzzFeed": a passive participle whose agent is named. */
function passiveWithAgent(toks: Token[], i: number): boolean {
  if (!/ed$/.test(toks[i].lower) || toks[i + 1]?.lower !== 'by') return false;
  const agent = toks[i + 2];
  if (!agent || !(isCapitalized(agent) || DETERMINER_ANY.test(agent.lower)) || !isAgent(toks, i + 2)) return false;
  return toks.slice(Math.max(0, i - 3), i).some((t) => BE.has(t.lower));
}

/**
 * ", saying …" / ", arguing that …": a participle clause whose subject opens the
 * sentence. An adverb may stand after the comma (", still calling out …", ",
 * again warning …"); "calling" speaks when it calls for, on or out, or names with a
 * quotation (", calling the migrants “criminals”").
 */
export const isParticipleClause = (toks: Token[], i: number): boolean => {
  const b = PARTICIPLE_ADVERB.test(toks[i - 1]?.lower ?? '') ? i - 1 : i;
  const opens = toks[b - 1]?.text === ',' || (/^["”]$/.test(toks[b - 1]?.text ?? '') && toks[b - 2]?.text === ',');
  return opens && (SAYING_PARTICIPLE.test(toks[i].lower) || (toks[i].lower === 'calling' && callsSomething(toks, i)));
};
const PARTICIPLE_ADVERB = /^(?:still|again|also|even|once|repeatedly|\p{Ll}{3,}ly)$/u;
const callsSomething = (toks: Token[], i: number): boolean =>
  /^(?:for|on|out)$/.test(toks[i + 1]?.lower ?? '') || toks.slice(i + 1, i + 8).some((x) => /^["“]$/.test(x.text));

/** Participles of saying; "citing" or "calling" alone give reasons or names, not speech. */
const SAYING_PARTICIPLE = /^(?:saying|adding|noting|writing|arguing|warning|explaining|stating|claiming|insisting|telling|asserting|alleging|accusing|denying|urging|promising|cautioning|vowing|predicting|complaining|declaring|announcing|reiterating|stressing|emphasi[sz]ing|acknowledging|admitting|conceding|blaming|praising|critici[sz]ing|lamenting|recalling|suggesting|rejecting|dismissing|disputing|comparing|asking|threatening|describing|mocking|blasting|slamming|questioning|challenging|demanding|hailing|decrying|condemning|charging|countering|pledging|boasting|touting|endorsing)$/;

/** '"…," said Jane Doe' / ', says Buser,': the verb right after a quote or comma, speaker after it. */
export function isInverted(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "Said Ellis: “…”": a verb of saying opening the sentence, its speaker after it.
  if (i === 0 && next && TAG_VERBS.test(toks[i].lower) && isCapitalized(next)) return true;
  if (!prev || !next || TELL.test(toks[i].lower) || /ing$/.test(toks[i].lower)) return false; // "told X" names the listener
  if (!(prev.text === ',' || /^["”]$/.test(prev.text))) return false;
  // Only verbs of saying invert ('…," says Ward'); ", shows the states" does not.
  // Right after a closed quotation any of them may ('…," declared Mara Quill').
  const afterQuote = /^["”]$/.test(prev.text) || (prev.text === ',' && /^["”]$/.test(toks[i - 2]?.text ?? ''));
  if (!TAG_VERBS.test(toks[i].lower) && !/^(?:asked|asks|added|adds|continued|replied|recalled|explained|writes|wrote)$/.test(toks[i].lower) && !(afterQuote && /ed$/.test(toks[i].lower))) return false;
  if (PRONOUNS.has(next.lower) || next.lower === 'that') return false;
  if (isCapitalized(next) || /^(?:the|a|an|another|one|two|three|four|five|several|many|some|other|both|most|each|two-thirds|half)$/.test(next.lower) || /s$/.test(next.lower)) return true;
  // '…," says veteran newspaper analyst Ken Doctor', '…," said former secretary of
  // state Ada Roe': lower-case titles (with an "of"), then a name (172 articles:
  // 1 source sentence fixed, 0 broken, against the three-word look-ahead).
  const run = toks.slice(i + 2, i + 7);
  const name = run.findIndex((t) => isCapitalized(t) && !t.quoted);
  return name >= 0 && (name < 3 || run.slice(0, name).every((t) => /^\p{Ll}+$/u.test(t.text)));
}
