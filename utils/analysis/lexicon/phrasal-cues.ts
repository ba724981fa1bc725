/**
 * Speech acts said in more than one word: "took aim at", "lashed out at",
 * "pushed back", "stood by its figures", "voiced concern". LABELS.md counts them as
 * attributions like "said" (speech acts without "said"); a rebuttal of a claim in
 * the story ("pushed back", "stood by", "hit back") is `disputed`. One-word verbs
 * live in reporting.ts; these need the words after the verb to mean saying
 * ("took the train", "stood by the door" do not), so they are matched as phrases.
 */
import { type Token, isCapitalized } from '../tokens';
import type { CueClass } from './reporting';

interface Phrase {
  /** Forms of the head verb. */
  head: RegExp;
  /** The words that must follow it, each a pattern for one token. */
  rest: RegExp[];
  cls: CueClass;
  /** How many of `rest` belong to the cue ("stood by its figures": the possessive is the object's). */
  cueWords: number;
  /** Speech only as a tag after a closed quotation ('…," he went on.'; "the talks went on." is no saying). */
  quoteOnly?: boolean;
}

/** Things said that one can seize on. */
const SAID = /^(?:comments?|remarks?|statements?|announcements?|claims?|words|gaffes?|tweets?|criticism|reference|suggestion|admission)$/;

const P = (head: RegExp, rest: RegExp[], cls: CueClass = 'reported', cueWords = rest.length): Phrase => ({ head, rest, cls, cueWords });

const PHRASES: Phrase[] = [
  P(/^(?:take|takes|took|taken|taking)$/, [/^aim$/, /^at$/]),
  P(/^(?:lash|lashes|lashed|lashing)$/, [/^out$/]),
  P(/^(?:speak|speaks|spoke|spoken|speaking)$/, [/^out$/]),
  P(/^(?:weigh|weighs|weighed|weighing)$/, [/^in$/]),
  P(/^(?:push|pushes|pushed|pushing)$/, [/^for$/]),
  P(/^(?:come|comes|came)$/, [/^out$/, /^(?:against|for|in)$/]),
  P(/^(?:voice|voices|voiced|voicing)$/, [/^(?:concerns?|support|opposition|doubts?|frustration|skepticism|scepticism|outrage|anger|alarm|dismay|regret|confidence|optimism|disapproval|approval|displeasure)$/]),
  P(/^(?:voice|voices|voiced|voicing)$/, [/^(?:his|her|their|its|our)$/, /^(?:concerns?|support|opposition|doubts?|frustration|skepticism|scepticism|outrage|anger|alarm|dismay|regret|confidence|optimism|disapproval|approval|displeasure)$/]),
  P(/^(?:speak|speaks|spoke|spoken|speaking)$/, [/^(?:of|about)$/]),
  P(/^(?:poke|pokes|poked|poking)$/, [/^fun$/, /^at$/]),
  P(/^(?:sound|sounds|sounded|sounding)$/, [/^the$/, /^alarm$/]),
  P(/^(?:make|makes|made|making)$/, [/^the$/, /^case$/]),
  P(/^(?:push|pushes|pushed|pushing)$/, [/^back$/], 'disputed'),
  P(/^(?:hit|hits|shot|shoots|fire|fires|fired|strike|strikes|struck)$/, [/^back$/], 'disputed'),
  P(/^(?:stand|stands|stood|standing)$/, [/^by$/, /^(?:its|his|her|their|our|my)$/], 'disputed', 1),
  P(/^(?:laugh|laughs|laughed|laughing|shrug|shrugs|shrugged|shrugging|brush|brushes|brushed|brushing)$/, [/^off$/], 'disputed'),
  P(/^(?:make|makes|made|making)$/, [/^(?:it)$/, /^clear$/]),
  P(/^(?:make|makes|made|making)$/, [/^clear$/]),
  // "was (especially) critical of the rival", "took issue with the board", "had harsh
  // words for her": criticism voiced, as "criticized" is (172 articles: 4 fixed, 0 broken).
  P(/^(?:is|are|was|were|been|being)$/, [/^critical$/, /^of$/]),
  P(/^(?:is|are|was|were|been|being)$/, [/^(?:especially|sharply|highly|very|also|deeply|openly|publicly|increasingly|particularly)$/, /^critical$/, /^of$/]),
  P(/^(?:take|takes|took|taken|taking)$/, [/^issue$/, /^with$/]),
  // "jumped on the comments", "pounced on the administration's policy announcement":
  // seizing on something said to attack it (172 articles: 2 fixed, 0 broken).
  P(/^(?:pounce|pounces|pounced|jump|jumps|jumped|seize|seizes|seized)$/, [/^(?:on|upon)$/, /^(?:the|his|her|their|its|those|these)$/, SAID], 'reported', 1),
  P(/^(?:pounce|pounces|pounced|jump|jumps|jumped|seize|seizes|seized)$/, [/^(?:on|upon)$/, /^(?:the|his|her|their|its|those|these)$/, /^\S+$/, SAID], 'reported', 1),
  P(/^(?:pounce|pounces|pounced|jump|jumps|jumped|seize|seizes|seized)$/, [/^(?:on|upon)$/, /^(?:the|his|her|their|its|those|these)$/, /^\S+$/, /^\S+$/, SAID], 'reported', 1),
  // "came to Carson's support", "rose to the defense of Blatter": speaking up for
  // someone (172 articles: 1 fixed, 0 broken).
  P(/^(?:come|comes|came|rise|rises|rose|risen|leap|leaps|leapt|leaped|rush|rushes|rushed|spring|sprang|sprung)$/, [/^to$/, /['’]s?$|^(?:the|his|her|their|its)$/, /^(?:defen[cs]e|support)$/]),
  P(/^(?:had|has|have)$/, [/^(?:harsh|sharp|strong|tough|kind|warm)$/, /^words$/, /^(?:for|about)$/]),
  // "ruled out a bid", "did not rule out a run": a statement of what one will (not)
  // do (172 articles: 3 source sentences fixed, 0 broken; an agentless "is ruled
  // out" names nobody and stays so).
  P(/^(?:rule|rules|ruled)$/, [/^out$/]),
  // "pressed for a vote", "withheld his support from", "ticked off a list of",
  // "held forth on", "threw her support behind", "drew a distinction between",
  // "made an impassioned call for": more speech acts said in a few words, each
  // needing the words after it ("pressed the button", "ticked off the boxes" and
  // "held forth" alone stay out where the phrase asks for more).
  P(/^(?:press|presses|pressed|pressing)$/, [/^for$/]),
  P(/^(?:withhold|withholds|withheld|withholding)$/, [/^(?:his|her|their|its|our)$/, /^(?:support|endorsement|backing)$/], 'reported', 2),
  P(/^(?:withhold|withholds|withheld|withholding)$/, [/^(?:support|endorsement|backing)$/]),
  P(/^(?:tick|ticks|ticked|ticking)$/, [/^off$/, /^(?:a|an|the)$/, /^(?:list|litany|laundry|string|series|number|catalog|catalogue|roster)$/], 'reported', 1),
  P(/^(?:tick|ticks|ticked|ticking)$/, [/^off$/, /^(?:a|an|the)$/, /^\p{Ll}+$/u, /^(?:list|litany|string|series|number|catalog|catalogue|roster)$/], 'reported', 1),
  P(/^(?:hold|holds|held|holding)$/, [/^forth$/]),
  P(/^(?:throw|throws|threw|thrown|throwing)$/, [/^(?:his|her|their|its|our)$/, /^(?:support|weight)$/, /^behind$/]),
  P(/^(?:draw|draws|drew|drawn|drawing)$/, [/^(?:a|the)$/, /^(?:distinction|contrast|comparison|parallel|line)$/, /^(?:between|with)$/], 'reported', 2),
  P(/^(?:make|makes|made|making)$/, [/^(?:a|an)$/, /^(?:call|plea|appeal|case)$/, /^for$/]),
  P(/^(?:make|makes|made|making)$/, [/^(?:a|an)$/, /^\p{Ll}+$/u, /^(?:call|plea|appeal|case)$/, /^for$/]),
  // '…," he went on.': continuing a quotation, as "continued" does (172 articles:
  // 4 source sentences fixed, 0 broken).
  { head: /^(?:go|goes|went)$/, rest: [/^on$/, /^[.,]$/], cls: 'reported', cueWords: 1, quoteOnly: true },
  // '…," the suit reads.': a document's words tagged as a speaker's are (172
  // articles: 2 fixed, 0 broken).
  { head: /^(?:reads|read)$/, rest: [/^[.,]$/], cls: 'reported', cueWords: 0, quoteOnly: true },
];

// Every token is asked whether a phrase starts at it, and almost none does: one test
// of all the heads at once spares the other tokens a pass over the whole table.
const ANY_HEAD = new RegExp(PHRASES.map((p) => `(?:${p.head.source})`).join('|'));

/** The phrase of saying that starts at token i: its class and its last token's index. */
export function phrasalCue(toks: Token[], i: number): { cls: CueClass; last: number } | null {
  const head = toks[i].lower;
  if (!ANY_HEAD.test(head)) return null;
  for (const p of PHRASES) {
    if (!p.head.test(head)) continue;
    if (p.quoteOnly && !toks.slice(Math.max(0, i - 4), i).some((x) => x.quoted && /^["”']$/.test(x.text))) continue;
    if (p.rest.every((re, k) => toks[i + 1 + k] && !toks[i + 1 + k].quoted && re.test(toks[i + 1 + k].lower))) return { cls: p.cls, last: i + p.cueWords };
  }
  return null;
}

const POLL = /^(?:poll|polls|survey|surveys)$/;

/**
 * "…ahead in recent polls from Quinnipiac", "…5 percent in the new poll": the poll
 * is the source, as "according to" a record would be (LABELS.md "Records").
 * Returns the index of the poll word when token i ("in") opens such a phrase.
 */
export function inPoll(toks: Token[], i: number): number {
  if (toks[i].lower !== 'in') return -1;
  for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
    if (POLL.test(toks[k].lower)) {
      // A particular poll: named by who took it, or new ("in recent polls from X",
      // "in the new poll"); "ahead in the polls" or "a drop in national polls" is
      // the race, not a source.
      const named = /^(?:by|from|of|for|conducted|released|taken)$/.test(toks[k + 1]?.lower ?? '') || toks.slice(i + 1, k).some((t) => isCapitalized(t));
      const fresh = toks.slice(i + 1, k).some((t) => /^(?:new|latest|recent|same|this|that|our|some|many|several|most|other)$/.test(t.lower));
      return named || fresh ? k : -1;
    }
    if (!/^\p{L}[\p{L}\-'’]*$/u.test(toks[k].text)) return -1;
  }
  return -1;
}

/** Words of censure that name their speaker after "from" ("criticism from the union"). */
const NOT_A_VOICE = /^(?:direction|directions|outset|start|beginning|angle|angles)$/;
const CENSURE = /^(?:criticism|criticisms|condemnation|condemnations|rebuke|rebukes|scorn|derision|flak)$/;

/**
 * "…was subject to criticism from two senators", "has come under fire from the
 * union": censure voiced by whoever follows "from", who is the source as after
 * "according to". Returns the index of "from" when token i opens such a phrase.
 * (Other nouns of speech before "from" — comments, questions, endorsements,
 * requests — were as often the author's narration over the 172 labelled
 * articles, and are left to the verbs.)
 */
export function censureFrom(toks: Token[], i: number): number {
  const t = toks[i].lower;
  const at = t === 'under' && toks[i + 1]?.lower === 'fire' ? i + 2 : CENSURE.test(t) ? i + 1 : -1;
  if (at < 0 || toks[at]?.lower !== 'from') return -1;
  const who = toks[at + 1];
  // ("criticism from the opposite direction", "from the outset": where it came from, not who.)
  for (let k = at + 1; k < toks.length && k <= at + 4; k++) if (NOT_A_VOICE.test(toks[k].lower)) return -1;
  return who && !who.quoted && (isCapitalized(who) || /^(?:the|a|an|his|her|their|its|some|many|several|both|fellow|other|members|two|three|four|five|dozens|hundreds)$/.test(who.lower) || /^\p{Ll}+s$/u.test(who.text)) ? at : -1;
}
