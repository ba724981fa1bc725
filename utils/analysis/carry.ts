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

/** Group the drafts into quotations and share each quotation's source (in place). */
export function carryQuotes(drafts: Draft[]): void {
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
