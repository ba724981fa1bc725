/**
 * Telling someone to do something: "challenged her rival to debate him", "dared
 * the navy to try it again", "implored voters to stay home". With an object and a
 * "to" infinitive these verbs voice a demand or a dare, a speech act as "urged"
 * is (LABELS.md "Speech acts without said"); alone they are contests.
 * ("pushed/pressed X to …" and "invited X to …" were tried as well: 172 articles
 * gained 2 sentences more, but PolNeAR dev lenient fell 0.8446 → 0.8444, as
 * pressure and invitations are often acts, not words.)
 */
import { type Token, isCapitalized } from '../tokens';

const DIRECTING = /^(?:challenge|challenges|challenged|challenging|dare|dares|dared|daring|implore|implores|implored|imploring|exhort|exhorts|exhorted|exhorting)$/;
const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|our|him|them|us|me|you|fellow|other|all|both|every|each|congress)$/;
const NOT_A_VERB_AFTER_TO = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|\d.*)$/;
/** How many words the object may run before "to". */
const OBJECT_REACH = 6;

/** Whether the verb at i tells an object to do something ("challenged X to debate"). */
export function directsTo(toks: Token[], i: number): boolean {
  if (!DIRECTING.test(toks[i].lower)) return false;
  const first = toks[i + 1];
  if (!first || first.quoted || !(isCapitalized(first) || OBJECT_OPENER.test(first.lower))) return false;
  for (let k = i + 2; k < toks.length && k <= i + 1 + OBJECT_REACH; k++) {
    if (toks[k].lower === 'to') {
      const v = toks[k + 1];
      return !!v && !v.quoted && /^\p{Ll}+$/u.test(v.text) && !NOT_A_VERB_AFTER_TO.test(v.lower);
    }
    if (toks[k].quoted || /^[,;:.()"“”—–]$/.test(toks[k].text) || /^(?:who|which|that|and|or)$/.test(toks[k].lower)) return false;
  }
  return false;
}
