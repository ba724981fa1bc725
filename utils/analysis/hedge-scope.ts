/**
 * Which hedge words hedge the sentence's main or reported proposition (LABELS.md:
 * "may, might, could in the main or reported proposition"). A modal that describes
 * someone in a relative clause ("people who could be affected"), a past ability
 * ("she could hear his voice"), a habit ("he would typically leave early") or a
 * past wish ("we had hoped") leaves the sentence's own claim unhedged.
 */
import { APPEARANCE, GOING_TO, HEDGE, MAY, SCHEDULE, WILL_CONTRACTION } from './lexicon/status-cues';

const HEDGE_ALL = new RegExp(HEDGE.source, 'gi');
const MAY_ALL = new RegExp(MAY.source, 'gu');
const GOING_TO_ALL = new RegExp(GOING_TO.source, 'g');
const WILL_ALL = new RegExp(WILL_CONTRACTION.source, 'g');

const RELATIVE_BEFORE = /\b(?:who|whom|which)\s+(?:\S+\s+){0,2}$/i;
const PERCEPTION_AFTER = /^\s+(?:not\b|n['’]t\b|see|hear|sense|feel|smell|tell)\b/i;
const HABIT_AFTER = /^\s+(?:typically|usually|often|always|sometimes|never|regularly|routinely|occasionally|frequently|generally|normally)\b/i;
/** "outlined a plan to …", "his hopes for …": the noun reports a plan, it does not make one. */
const NOUN_BEFORE = /\b(?:a|an|the|his|her|their|its|our|new|any)\s+$/i;
const PAST_WISH_BEFORE = /\b(?:had|would(?:['’]ve| have))\s+$/i;
/**
 * A subordinate clause or embedded question opened just before the modal: "because
 * they may disagree", "declined to say when the lander would be ready".
 */
const SUBORDINATE_BEFORE = /\b(?:because|although|though|unless|whether|since|when|how|why|if|where|what)\s+(?:[^\s,;:]+\s+){0,3}$/i;
/** A denied intention is no plan: "did not intend to", "has no plans to". */
const NEGATED_BEFORE = /\b(?:not|n['’]t|never|no)\s+$/i;

/** Inside a quotation within the quotation (‘…’): a thought the speaker quotes, not their claim. */
function insideInnerQuote(s: string, index: number): boolean {
  let open = 0;
  const from = Math.max(0, index - 400);
  for (let k = from; k < index; k++) {
    if (s[k] === '‘') open++;
    // A closing ’ is followed by a non-letter; "they’re" keeps its apostrophe.
    else if (s[k] === '’' && open > 0 && !/[A-Za-z]/.test(s[k + 1] ?? '')) open--;
  }
  return open > 0;
}

/** Whether the hedge match at `index` is outside the main proposition. */
export function outOfScope(s: string, word: string, index: number): boolean {
  const before = s.slice(Math.max(0, index - 40), index);
  const after = s.slice(index + word.length, index + word.length + 24);
  const w = word.toLowerCase();
  if (RELATIVE_BEFORE.test(before) || SUBORDINATE_BEFORE.test(before) || insideInnerQuote(s, index)) return true;
  if (NEGATED_BEFORE.test(before) && /^(?:intends?|plans?|planned|hopes?|aims?|expects?|wants?)\b/.test(w)) return true;
  if (w === 'could' && PERCEPTION_AFTER.test(after)) return true;
  if (w === 'would' && HABIT_AFTER.test(after)) return true;
  if (/^(?:plans?|hopes?) /.test(w) && NOUN_BEFORE.test(before)) return true;
  // "any decision likely to encourage …": a reduced relative describing a noun.
  if (/^likely (?:to|that)$/.test(w) && /\b(?:a|an|the|any|every|some|this|that)\s+[a-z]+\s+$/i.test(before) && !/\b(?:is|are|was|were|be|been|seems?|appears?|looks?)\s+(?:\S+\s+)?$/i.test(before)) return true;
  if (PAST_WISH_BEFORE.test(before) && /^(?:hoped|expected|anticipated|planned|wanted)/.test(w)) return true;
  // "will" with a fixed date is a schedule, not a prediction (LABELS.md "The future").
  if (/^(?:will|won['’]t)$/.test(w) && SCHEDULE.test(s.slice(index, index + 80))) return true;
  if (w === 'will' && APPEARANCE.test(s.slice(index + word.length, index + word.length + 40))) return true;
  return false;
}

/** The first hedge of the sentence that bears on its main proposition, or null. */
export function findHedge(s: string): { text: string; index: number } | null {
  let best: { text: string; index: number } | null = null;
  for (const re of [HEDGE_ALL, MAY_ALL, GOING_TO_ALL, WILL_ALL]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (best && m.index >= best.index) break;
      if (!outOfScope(s, m[0], m.index)) {
        best = { text: m[0], index: m.index };
        break;
      }
    }
  }
  return best;
}
