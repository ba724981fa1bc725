/**
 * The rules' reading of an article: sentences, their attributions, sources and the
 * status the hand-written rules (status.ts) give each. The trained decisions
 * (model/) read this structure; on its own it is the analyzer the project began with.
 */
import type { SentenceRecord, Source } from './types';
import { splitSentences } from './sentences';
import { tokenize, endsInsideQuote, type Token } from './tokens';
import { findAttributions } from './attribution';
import { decideStatus, type StatusResult } from './status';
import { resolveSource } from './source';
import { EntityMemory } from './entities';
import { carryQuotes, carryTweets, type Draft } from './carry';
import { typeOfSource } from './source-type';
import type { Attributions } from './attribution-tagger';
import { tagSentences, type TaggedSentence } from './tagged';

/** One sentence as the rules read it. */
export interface Reading {
  draft: Draft;
  tokens: Token[];
  /** The rules' status decision. */
  rule: StatusResult;
  /** The rules' record (status, source and cues as the rules alone give them). */
  record: SentenceRecord;
  /** What the attribution tagger learned from PolNeAR finds in the sentence, where one is given. */
  tagged: TaggedSentence | null;
}

/** Characters of an article the learned tagger reads (a long feature is about 60,000). */
export const TAGGER_BUDGET = 150_000;

/** A reader of attribution spans: the PolNeAR tagger (attribution-tagger.ts). */
export type SpanTagger = (text: string) => Attributions;

/**
 * `tagger` adds the learned attribution tagger's reading. The shipped analyzer runs
 * without it (see the README: its 7 MB of model and weights exceed what the store's
 * linter accepts in one script, for a cross-validated gain of a few thousandths);
 * `npm run eval` measures the analyzer with it beside the one shipped.
 */
export function readArticle(text: string, tagger: SpanTagger | null = null): Reading[] {
  const memory = new EntityMemory();
  const drafts: Draft[] = [];
  const tokens: Token[][] = [];
  let open = false;
  let prevEnd = 0;
  for (const { start, end } of splitSentences(text)) {
    const s = text.slice(start, end);
    const newParagraph = drafts.length === 0 || /[\n\r\u2028\u2029]/.test(text.slice(prevEnd, start));
    const startsQuoted = open && !newParagraph;
    const toks = tokenize(s, startsQuoted);
    memory.observe(s, toks);
    const attrs = findAttributions(s, toks);
    const found = resolveSource(s, attrs, memory);
    open = endsInsideQuote(toks, startsQuoted);
    tokens.push(toks);
    drafts.push({
      start,
      end,
      text: s,
      source: found.source,
      cue: found.cue,
      passiveCue: found.passiveCue,
      cls: found.cls,
      ownCue: attrs.length > 0,
      tagEnd: found.cue !== null && found.cueAt !== null && found.cueAt > s.length * 0.6,
      newParagraph,
      startsQuoted,
      endsQuoted: open,
      opensQuote: /^\s*(?:["“]|'')/.test(s),
    });
    prevEnd = end;
  }
  carryQuotes(drafts);
  carryTweets(drafts, text, typeOfSource);
  // The tagger costs about ten times the rules per word; past a long article's
  // length (a whole-site dump, a 5 MB page) the rules alone read on, so the worst
  // case stays linear at the rules' speed.
  const tagged = tagger ? tagSentences(text, tagger(text.length > TAGGER_BUDGET ? text.slice(0, TAGGER_BUDGET) : text), drafts) : null;
  return drafts.map((d, i) => {
    const { rule, record } = ruleRecord(d, tokens[i]);
    return { draft: d, tokens: tokens[i], rule, record, tagged: tagged ? tagged[i] : null };
  });
}

/**
 * The sentence with its quoted words blanked (same length, so offsets hold): the
 * author's own wording, where the opinion cues are read ('“So terrible,” he posted'
 * is the speaker's judgment, not the author's: LABELS.md `opinion`).
 */
function authorWords(s: string, toks: Token[]): string {
  if (!toks.some((t) => t.quoted)) return s;
  const out = s.split('');
  for (const t of toks) if (t.quoted) for (let k = t.start; k < t.end; k++) out[k] = ' ';
  return out.join('');
}

function ruleRecord(d: Draft, toks: Token[]): { rule: StatusResult; record: SentenceRecord } {
  // "It was reported that …": a passive cue of reporting attributes without a name.
  const attributed = d.source !== null || (d.passiveCue !== null && /^(?:reported|said|announced|stated|noted)$/i.test(d.passiveCue));
  const st = decideStatus(d.text, attributed, d.cue ?? d.passiveCue, d.cls, d.startsQuoted || d.opensQuote, authorWords(d.text, toks));
  const source: Source | null = st.keepsSource ? d.source : null;
  // A court's own words are a ruling: LABELS.md "an official record/ruling establishes it".
  // (Court papers quoted by a reporter stay `reported`; the bench itself rules.)
  // LABELS.md states it outright and the labelled articles hold a handful of such
  // sentences, too few to learn from, so the model does not overrule it (firm).
  if (st.status === 'reported' && source?.type === 'court' && !d.carried && /\b(?:courts?|judges?|justices?|tribunal|jury|panel)\b/i.test(source.text)) (st.status = 'confirmed'), (st.firm = true);
  const cues = st.cues.filter((c) => c && d.text.includes(c));
  if (source && d.cue && !cues.includes(d.cue) && d.text.includes(d.cue)) cues.push(d.cue);
  const record: SentenceRecord = { start: d.start, end: d.end, text: d.text, status: st.status, source, cues };
  if (source && d.carried) record.carried = true;
  return { rule: st, record };
}
