/**
 * The analyzer: text in, one SentenceRecord per sentence out (LABELS.md). Pure and
 * deterministic; no DOM, no extension APIs, no Node APIs — the same code runs in
 * the extension's background (utils/analysis-service.ts), the CLI, the evaluation
 * and the benchmarks. Cost is linear in the text length.
 */
import type { SentenceRecord, Source } from './types';
import { splitSentences } from './sentences';
import { tokenize, endsInsideQuote } from './tokens';
import { findAttributions } from './attribution';
import { decideStatus } from './status';
import { resolveSource } from './source';
import { EntityMemory } from './entities';
import { carryQuotes, type Draft } from './carry';

export type { SentenceRecord, Source, Status, SourceType } from './types';

/**
 * Analyse an article's plain text. Records cover every non-blank sentence in order;
 * `start`/`end` are JavaScript string offsets (end exclusive) and
 * `text === input.slice(start, end)`.
 */
export function analyze(text: string): SentenceRecord[] {
  const memory = new EntityMemory();
  const drafts: Draft[] = [];
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
  return drafts.map(toRecord);
}

function toRecord(d: Draft): SentenceRecord {
  // "It was reported that …": a passive cue of reporting attributes without a name.
  const attributed = d.source !== null || (d.passiveCue !== null && /^(?:reported|said|announced|stated|noted)$/i.test(d.passiveCue));
  const st = decideStatus(d.text, attributed, d.cue ?? d.passiveCue, d.cls);
  const source: Source | null = st.keepsSource ? d.source : null;
  // A court's own words are a ruling: LABELS.md "an official record/ruling establishes it".
  // (Court papers quoted by a reporter stay `reported`; the bench itself rules.)
  if (st.status === 'reported' && source?.type === 'court' && !d.carried && /\b(?:courts?|judges?|justices?|tribunal|jury|panel)\b/i.test(source.text)) st.status = 'confirmed';
  const cues = st.cues.filter((c) => c && d.text.includes(c));
  if (source && d.cue && !cues.includes(d.cue) && d.text.includes(d.cue)) cues.push(d.cue);
  const rec: SentenceRecord = { start: d.start, end: d.end, text: d.text, status: st.status, source, cues };
  if (source && d.carried) rec.carried = true;
  return rec;
}
