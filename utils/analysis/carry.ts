/**
 * Carried attribution (LABELS.md "The attribution may come in a later sentence"):
 * the sentences of one quotation share the source named in any of them, and a
 * quotation with no attribution of its own continues the previous speaker.
 */
import type { Source } from './types';
import type { CueClass } from './lexicon/reporting';

/** A sentence on its way to a record. */
export interface Draft {
  start: number;
  end: number;
  text: string;
  source: Source | null;
  cue: string | null;
  passiveCue: string | null;
  /** Status class of the sentence's own attribution cue. */
  cls: CueClass | null;
  newParagraph: boolean;
  startsQuoted: boolean;
  endsQuoted: boolean;
  opensQuote: boolean;
  carried?: boolean;
  /** True when the sentence has an attribution cue of its own (even an agentless one). */
  ownCue: boolean;
  /** True when the attribution closes the sentence (", an official said."). */
  tagEnd?: boolean;
}


const WHOLE_QUOTE = /^\s*(?:["“]|'')(?:[^"“”']|'(?!'))*(?:["”]|'')\s*$/;
const BACK_REFERENCE = /^\s*(?:that|this)(?:['’]s| is| was)\s+according to\b/i;

/** A sentence that opens on a participle of saying with no subject ("Adding, “…”"): it goes on with the previous sentence's speaker. */
const CONTINUES_SPEAKER = /^\s*(?:adding|continuing|concluding|noting|explaining|insisting|stressing)\s*[,:]\s*["“]/i;

/** Group the drafts into quotations and share each quotation's source (in place). */
export function carryQuotes(drafts: Draft[]): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k];
    if (d.source === null && drafts[k - 1].source && CONTINUES_SPEAKER.test(d.text)) (d.source = drafts[k - 1].source), (d.carried = true);
  }
  let i = 0;
  while (i < drafts.length) {
    const d = drafts[i];
    if (!d.endsQuoted && !d.startsQuoted) {
      // A paragraph that is one whole quotation, with no speaker of its own,
      // continues the speaker just before it.
      if (d.source === null && WHOLE_QUOTE.test(d.text)) {
        const sp = previousSpeaker(drafts, i);
        if (sp) (d.source = sp), (d.carried = true);
      }
      // A paraphrase does not run on into the next sentence of its paragraph ("The
      // chief said the road was closed. Crews expect to reopen it Friday."): LABELS.md
      // carries an attribution across sentences of one quotation, or back from "That's
      // according to …"; a plain sentence after a paraphrase is the author's own. Over
      // the 172 labelled articles, 5 such run-on sentences had the source and 26 did not.
      // "Teens love it. That's according to a survey.": the source reaches back.
      if (d.source && i > 0 && drafts[i - 1].source === null && BACK_REFERENCE.test(d.text) && !d.newParagraph) {
        drafts[i - 1].source = d.source;
        drafts[i - 1].carried = true;
      }
      i++;
      continue;
    }
    // A quotation runs from i while sentences end inside it; a new paragraph that
    // reopens the quote ("“…" / "“…") continues a multi-paragraph quotation.
    let j = i;
    while (j + 1 < drafts.length && (drafts[j].endsQuoted || (drafts[j + 1].startsQuoted)) && j - i < 60) {
      const next = drafts[j + 1];
      if (next.newParagraph && !next.opensQuote) break;
      j++;
    }
    const speaker = drafts.slice(i, j + 1).find((x) => x.source !== null)?.source ?? previousSpeaker(drafts, i);
    if (speaker) {
      for (let k = i; k <= j; k++) {
        if (drafts[k].source === null) {
          drafts[k].source = speaker;
          drafts[k].carried = true;
        }
      }
    }
    i = j + 1;
  }
}

/** The source of the sentence just before a quotation, when it is in the same or the previous paragraph. */
function previousSpeaker(drafts: Draft[], i: number): Source | null {
  const prev = drafts[i - 1];
  if (!prev || !drafts[i].opensQuote) return null;
  return prev.source;
}

/**
 * The signature an embedded tweet ends with on a news page: "— Jane Roe (@janeroe)
 * June 28, 2016". The name (and not the handle) is the source, as a byline names
 * an author.
 */
const TWEET_SIGNATURE = /—\s*((?:[\p{Lu}@][^\s—()]*\s+){0,5}[\p{Lu}@][^\s—()]*)\s*\(@\w{1,15}\)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/u;

/**
 * An embedded tweet's sentences are its author's (LABELS.md: the attribution may
 * come in a later sentence): each sentence of the block the signature closes, back
 * to a blank line or the tweet's opening, takes the signed name unless it names a
 * voice of its own. A signature standing alone ends the block before it.
 * 172 articles: 6 source sentences fixed, 1 broken (a tweet the gold gives to its
 * handle, not its signed name); PolNeAR dev lenient 0.8430 → 0.8427.
 */
export function carryTweets(drafts: Draft[], text: string, typeOf: (span: string) => Source['type']): void {
  for (let i = 0; i < drafts.length; i++) {
    const m = TWEET_SIGNATURE.exec(drafts[i].text);
    if (!m) continue;
    const name = m[1].trim();
    const source: Source = { text: name, type: typeOf(name), chain: [name], resolved: null };
    const before = drafts[i].text.slice(0, m.index).replace(/<[^>]*>|https?:\/\/\S+|pic\.twitter\.com\/\S+/g, ' ');
    // The signature's own sentence speaks only when the tweet's words share it.
    const alone = before.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3;
    if (!alone && drafts[i].source === null) drafts[i].source = source;
    if (/<tweet\b/.test(drafts[i].text.slice(0, m.index))) continue;
    let blankAllowed = alone;
    for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
      const gap = text.slice(drafts[k].end, drafts[k + 1].start);
      if (/\n\s*\n/.test(gap)) {
        if (!blankAllowed || k + 1 !== i) break;
      }
      blankAllowed = false;
      if (TWEET_SIGNATURE.test(drafts[k].text)) break;
      if (drafts[k].source === null && !drafts[k].ownCue) (drafts[k].source = source), (drafts[k].carried = true);
      if (/<tweet\b/.test(drafts[k].text)) break;
    }
  }
}
