/**
 * The checkable particulars of a sentence: its numbers (with what they count)
 * and its time anchors (weekday, month, season, "end of …"). A restatement may
 * drop a particular, but never changes one: "121 votes" is not "212 votes",
 * "in January" is not "in March". These facts feed the conflict signals.
 */
import type { Token } from './normalize';
import { BELOW_BOUND, FUNCTION_WORDS, MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from './lexicon';
import { stem } from './stem';

export type NumberType = 'money' | 'percent' | 'year' | 'day' | 'tally' | 'label' | 'duration' | 'ordinal' | 'count';

export interface NumberFact {
  value: number;
  type: NumberType;
  /** Written as not reached: "fewer than 500", "less than $2 million", "under 10 percent". */
  below?: boolean;
  /**
   * What is counted: for `count`/`ordinal` the next content terms ("4,000
   * internal emails" → intern, email); for `duration` the time unit; for
   * `label` the name before it ("Local 402").
   */
  unit: string[];
}

export interface TimeFacts {
  weekdays: Set<number>;
  months: Set<number>;
  seasons: Set<string>;
  /** Deadlines written "end of X" / "year-end": the X. */
  ends: Set<string>;
}

const isWord = (t: Token | undefined, ...w: string[]): boolean => !!t && w.includes(t.low);

/** A month or weekday abbreviation counts only when capitalised ("may", "sat" are words). */
function monthOf(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const m = MONTHS[t.low];
  if (m === undefined) return undefined;
  if (!/^[A-Z]/.test(t.raw)) return undefined;
  if (t.low === 'may' && !t.cap) return undefined;
  return m;
}
function weekdayOf(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word' || !/^[A-Z]/.test(t.raw)) return undefined;
  return WEEKDAYS[t.low];
}

function nextContent(tokens: Token[], from: number, n: number): string[] {
  const out: string[] = [];
  for (let i = from; i < tokens.length && out.length < n; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') { if (t.raw === '-') continue; break; }
    if (t.kind === 'num') continue;
    if (FUNCTION_WORDS.has(t.low) && out.length === 0 && i - from < 3) continue;
    if (t.term) out.push(t.term);
    else if (out.length) break;
  }
  return out;
}

/** Extract every number with its type and unit. */
export function numberFacts(tokens: Token[]): NumberFact[] {
  const out: NumberFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'num' || t.value === undefined) continue;
    const prev = tokens[i - 1];
    let j = i + 1;
    if (tokens[j]?.raw === '-') j++;
    const next = tokens[j];
    let fact: NumberFact;
    if (prev?.raw === '$' || isWord(next, 'dollars', 'dollar', 'euros', 'pounds')) {
      fact = { value: t.value, type: 'money', unit: [] };
    } else if (isWord(next, 'percent', 'point', 'points')) {
      fact = { value: t.value, type: 'percent', unit: [next!.low === 'percent' ? 'percent' : 'point'] };
    } else if (monthOf(prev) !== undefined || monthOf(next) !== undefined) {
      fact = { value: t.value, type: 'day', unit: [] };
    } else if ((tokens[i + 1]?.raw === '-' || isWord(tokens[i + 1], 'to'))
      && tokens[i + 2]?.kind === 'num' && isTally(tokens, i)) {
      // "7-4", "seven to four": a vote or score; both sides are one fact.
      fact = { value: t.value * 1000 + (tokens[i + 2].value ?? 0), type: 'tally', unit: [] };
      i += 2;
    } else if (next && TIME_UNITS.has(next.low)) {
      fact = { value: t.value, type: 'duration', unit: [stem(next.low)] };
    } else if (/^\d{4}$/.test(t.raw) && t.value >= 1900 && t.value <= 2100) {
      fact = { value: t.value, type: 'year', unit: [] };
    } else if (prev?.cap && prev.kind === 'word' && prev.term) {
      fact = { value: t.value, type: 'label', unit: [prev.term] };
    } else if (/\d(st|nd|rd|th)$/.test(t.raw)) {
      fact = { value: t.value, type: 'ordinal', unit: nextContent(tokens, i + 1, 2) };
    } else {
      fact = { value: t.value, type: 'count', unit: nextContent(tokens, i + 1, 2) };
    }
    // "fewer than 500" / "under 500" / "less than $5 million" (skipping "$").
    let b = i - 1;
    if (tokens[b]?.raw === '$') b--;
    if (tokens[b]?.low === 'than') b--;
    if (tokens[b] && BELOW_BOUND.has(tokens[b].low) && (tokens[b + 1]?.low === 'than' || tokens[b].low === 'under' || tokens[b].low === 'below')) fact.below = true;
    out.push(fact);
  }
  return out;
}

/** Quantities (not dates, years, labels or ordinals): what a claim counts or measures. */
export const isQuantity = (n: NumberFact): boolean =>
  n.type === 'count' || n.type === 'money' || n.type === 'percent' || n.type === 'duration' || n.type === 'tally';

/** "7-4" always; "seven to four" only near a vote word (else it is a range). */
function isTally(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.raw === '-') return true;
  for (let k = Math.max(0, i - 4); k < Math.min(tokens.length, i + 5); k++) {
    if (/^(vote|voted|votes|margin|score)$/.test(tokens[k].low)) return true;
  }
  return false;
}

/** Extract weekday, month, season and deadline anchors. */
export function timeFacts(tokens: Token[]): TimeFacts {
  const f: TimeFacts = { weekdays: new Set(), months: new Set(), seasons: new Set(), ends: new Set() };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const wd = weekdayOf(t);
    if (wd !== undefined) f.weekdays.add(wd);
    const mo = monthOf(t);
    if (mo !== undefined) f.months.add(mo);
    if (t.kind === 'word' && SEASONS.has(t.low) && !(t.low === 'fall' && tokens[i - 1]?.kind !== 'word')) {
      // "fall" is a season only after a determiner-like word ("next fall", "this fall").
      if (t.low !== 'fall' || isWord(tokens[i - 1], 'next', 'last', 'this', 'the', 'in', 'early', 'late')) {
        f.seasons.add(t.low === 'autumn' ? 'fall' : t.low);
      }
    }
    if (t.low === 'end' && isWord(tokens[i + 1], 'of')) {
      let k = i + 2;
      if (isWord(tokens[k], 'the', 'this', 'next')) k++;
      const x = tokens[k];
      if (x) {
        const m = monthOf(x);
        if (m !== undefined) f.ends.add(`m${m}`);
        else if (/^(year|month|week|quarter|season|decade|day|summer|spring|winter|fall)$/.test(x.low)) f.ends.add(x.low);
      }
    }
  }
  return f;
}
