/**
 * The status of one sentence (LABELS.md "Status"): the first rule that fits, top to
 * bottom — none, disputed, speculative, alleged, confirmed, reported, opinion,
 * unattributed — with the cue words that decided it.
 */
import type { Status } from './types';
import { type CueClass, cueClassOf } from './lexicon/reporting';
import { ALLEGE, BOILERPLATE, CONFIRM, DISPUTE, EVALUATIVE, OPINION } from './lexicon/status-cues';
import { findHedge } from './hedge-scope';

/** Admissions and confirmations that settle an earlier accusation (LABELS.md notes). */
const STRONG_CONFIRM = /^(?:admit|acknowledg|confirm|pleaded guilty|pleads guilty|convicted|verif|conceded)/i;

export interface StatusResult {
  status: Status;
  cues: string[];
  /** False when the status forbids a source (LABELS.md: none/opinion/unattributed). */
  keepsSource: boolean;
  /** A decision LABELS.md states outright (a question, a call to action, furniture; a court's ruling): no model overrides it. */
  firm?: boolean;
}

// "''" closes a quotation in some house styles ("''Who pays?''").
const QUESTION_END = /\?\s*(?:''|["”’)])*\s*$/;
const QUESTION_TAG = /\?\s*["”’]+\s+[\p{Lu}\p{Ll}].{0,60}$/u; // '"…?" Schiff asked.'
// A closing quote ends a sentence only after its own stop ('… it."'); a line
// that ends with a bare quote or a colon is a heading or a lead-in.
const TERMINAL = /(?:[.!?…)\]]|[.!?,…]["”’']+)\s*$/;
/** Calls to action and imperatives that open a line (LABELS.md `none`). */
const CALL_TO_ACTION = /^\s*(?:["“]\s*(?:don['’]t|do not|let['’]s)|(?:just\s+)?(?:click|search|sign up|subscribe|follow|share|listen|watch|download|join|visit|read|get|please))\b/i;

/**
 * An exhortation inside a quotation ("Vote for me.", "Come on up and get baptized!",
 * "Don't kid yourself."): LABELS.md counts quoted exhortations as `none`. Only
 * sentences that open with the verb, as imperatives do.
 */
const QUOTED_IMPERATIVE = /^\s*(?:["“'‘]+\s*)?(?:(?:and|but|so|now|just|please|oh),?\s+)?(?:let|come|go|vote|use|tell|give|take|look|imagine|remember|stop|keep|try|ask|feel|don['’]t|do not|never mind|listen|wait|believe me|trust me|get out|get a sense)\b/i;

/** An author's note at the foot of a piece: "Jane Roe is director of …", "Reach him at …". */
const AUTHOR_NOTE = /^\s*(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+is\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:founder|co-founder|director|president|editor|author|co-author|columnist|contributor|fellow|professor|correspondent|writer|reporter|chairman|chairwoman|chair|executive director|senior fellow)\b[^.]{0,160}\.\s*$|^\s*(?:reach|contact|follow|email|e-mail)\s+(?:him|her|them|me|us|the author)\b/iu;

/** Whether the sentence is no assertion: a question, heading, fragment or furniture. */
export function isNonAssertion(s: string, inQuote = false): string | null {
  if (inQuote && QUOTED_IMPERATIVE.test(s)) return '!';
  if (AUTHOR_NOTE.test(s) && s.length < 240) return '';
  // A question narrated inside a statement ("I asked, …?" / "ask, ‘…?’”") is reported.
  const narrated = /\b(?:asked|asks)\b[^?]*\?/i.test(s) || /\?[’']["”]/.test(s);
  if (!narrated && (QUESTION_END.test(s) || (QUESTION_TAG.test(s) && !/[.!]\s*["”’]+\s/.test(s)))) return '?';
  const cta = CALL_TO_ACTION.exec(s);
  if (cta) return cta[0].trim();
  // Furniture is a short line or opens one ("Advertisement", "Sign up for …"); the
  // same words inside a long sentence ("the advertisement suggests …") are content.
  // Photo captions are page furniture, not body (LABELS.md "Unit").
  const caption = /^\s*FILE\s*[-–—]|\((?:AP|Reuters|AFP|Getty)\s+(?:Photo|Images)\b|\bfile photo\b/i.exec(s);
  if (caption) return caption[0].replace(/^\s*\(/, '').trim();
  const short = s.length < 100 && s.split(/\s+/).length < 12;
  const b = BOILERPLATE.exec(short ? s : s.slice(0, 40));
  if (b && (b.index < 3 || short)) return b[0];
  // Headings, bylines and datelines have no closing punctuation (LABELS.md `none`).
  if (!TERMINAL.test(s)) return '';
  const words = s.split(/\s+/).filter(Boolean);
  // A two-word clause is still a clause ("I know.", "It’s breathtaking.", "You’re terrible.").
  if (words.length <= 2 && !/\b(?:is|are|was|were|has|have|had|said|says)\b|[’'](?:s|re|m|ve|ll|d)\b|n[’']t\b|^\W*(?:i|you|we|they|he|she|it)\s/i.test(s) && !(words.length === 2 && cueClassOf(words[1].replace(/[^\p{L}]/gu, '')))) return '';
  return null;
}

/** "I believe", "I think", "I hope": the author taking a stance in the first person (quotes are blanked before). */
const AUTHOR_STANCE = /\bI\s+(?:(?:always|really|still|do|truly|firmly)\s+)?(?:believe|think|hope|hoped|know|support|guess|feel|suspect)\b/;

/**
 * A prescription that is someone else's, not the author's: a modal inside a
 * question put ("whether the state should remove …"), a view reported ("say the
 * troops should be …", "agree that the prison should close") or an inverted
 * condition ("should she be the nominee"). With the quoted words set aside as
 * well (read.ts authorWords), cross-validated opinion F1 0.537 → 0.551, status
 * accuracy 0.790 → 0.792, macro-F1 0.733 → 0.735 (npm run eval, all 172 articles).
 */
function reportedPrescription(s: string, m: RegExpExecArray): boolean {
  if (!/^(?:should|must|needs?\s+to|ought to)$/i.test(m[0])) return false;
  const before = s.slice(0, m.index);
  if (/\b(?:whether|says?|said|saying|agree[sd]?|argu(?:e|es|ed|ing)|(?<!\b(?:i|we)\s+)(?:believes?|think|thinks))\b[^.;:]*$/i.test(before)) return true;
  return /^should\s+(?:he|she|they|it|we|i|you|the|a|an|this|that)\b/i.test(s.slice(m.index)) && m.index > 0;
}

/**
 * Decide the status. `attributed` says whether the sentence has a source (its own or
 * carried); `verbCue` is the attribution cue, reported when it decides the status.
 */
export function decideStatus(s: string, attributed: boolean, verbCue: string | null, verbClass: CueClass | null = null, inQuote = false, own: string = s): StatusResult {
  let none = isNonAssertion(s, inQuote);
  // "Libby Roe, the mayor, also spoke out against it:": a speaker's lead-in to a quotation.
  if (none === '' && attributed && /:\s*$/.test(s)) none = null;
  if (none !== null) return { status: 'none', cues: none && s.includes(none) && none !== '?' && none !== '!' ? [none] : [], keepsSource: false, firm: none !== '' };
  const dispute = DISPUTE.exec(s);
  if (dispute) return { status: 'disputed', cues: [dispute[0]], keepsSource: true };
  // A rebuttal said by a source ("defended the agency's record", "stood by its
  // figures", "hit back"): LABELS.md, speech acts without "said".
  if (attributed && verbClass === 'disputed' && verbCue) return { status: 'disputed', cues: [verbCue], keepsSource: true };
  // In the author's own sentence a hedge inside someone's quoted words ("whose
  // presidency “will lead to …”") hedges the quote, not the author's assertion
  // (LABELS.md: the main or reported proposition). Cross-validated accuracy 0.7945 →
  // 0.7950, macro-F1 0.7422 → 0.7428, opinion F1 0.564 → 0.566 (npm run eval, all 172 articles).
  const hedge = findHedge(!attributed && !inQuote ? own : s);
  const allege = ALLEGE.exec(s);
  const confirm = CONFIRM.exec(s);
  const admitted = confirm && STRONG_CONFIRM.test(confirm[0]) && allege && confirm.index > allege.index;
  // An accusation frames what follows it: "prosecutors alleged that they appeared
  // to sleep" is alleged, the hedge being part of the allegation.
  const accusation = allege && verbClass === 'alleged' && (!hedge || hedge.index > allege.index);
  // The author's judgment that also predicts ("it will be foolish") is opinion.
  const judgment = !attributed && EVALUATIVE.exec(own);
  // …and so is one that merely describes someone as accused ("an alleged fraudster").
  const descriptive = allege && /^alleged$/i.test(allege[0]) && /^\s+[a-z]/.test(s.slice(allege.index + allege[0].length, allege.index + allege[0].length + 3));
  // The author's own stance in the first person ("I believe he understands …", "I hope
  // he keeps at it"): the author's evaluation, though the verb is a hedge from a
  // source. Cross-validated opinion F1 0.551 → 0.564, accuracy and macro-F1 up
  // 0.001 and 0.002 (npm run eval, all 172 articles).
  const stance = !attributed && hedge ? AUTHOR_STANCE.exec(own) : null;
  if (stance) return { status: 'opinion', cues: [stance[0]], keepsSource: false };
  if (judgment && (hedge || descriptive)) return { status: 'opinion', cues: [judgment[0]], keepsSource: false };
  if (hedge && !accusation) return { status: 'speculative', cues: [hedge.text], keepsSource: true };
  // A vow or promise said by its source ("pledged to", "vowed to") is a plan, not a report (LABELS.md).
  if (attributed && verbCue && verbClass === 'speculative' && !allege && !confirm) return { status: 'speculative', cues: [verbCue], keepsSource: true };
  // "were accused of …; officials ultimately admitted it" → confirmed (LABELS.md notes).
  if (allege && !admitted) return { status: 'alleged', cues: [allege[0]], keepsSource: true };
  if (confirm) return { status: 'confirmed', cues: [confirm[0]], keepsSource: true };
  // A factive cue ("The poll by the institute showed …") or a claim marked unproven
  // by its own verb ("Trump claims he's worth …"), said by its source.
  if (attributed && verbCue && (verbClass === 'confirmed' || verbClass === 'alleged')) return { status: verbClass, cues: [verbCue], keepsSource: true };
  if (attributed) return { status: 'reported', cues: verbCue ? [verbCue] : [], keepsSource: true };
  const opinion = OPINION.exec(own);
  if (opinion && !reportedPrescription(own, opinion)) return { status: 'opinion', cues: [opinion[0]], keepsSource: false };
  return { status: 'unattributed', cues: [], keepsSource: false };
}
