/**
 * Presenting someone or something as what one says it is: "presented the nominee
 * as the only one able to win", "lists the population as 21,090", "introduced her
 * to the audience as a friend". The verb alone is no saying ("presented a
 * check", "listed on the exchange"); with an object and "as" it voices a
 * characterisation, a speech act in LABELS.md's sense. Attitudes ("sees X as",
 * "views X as", "considers X as") are left out: over the 172 labelled articles
 * they were the author's report of a view as often as a view voiced. Nor is "cast
 * X as" (a film's casting).
 */
import type { Token } from '../tokens';

const DEPICTING = /^(?:present|presents|presented|introduce|introduces|introduced|identify|identifies|identified|list|lists|listed|paint|paints|painted|depict|depicts|depicted|frame|frames|framed|label|labels|labeled|labelled|brand|brands|branded)$/;
/** The object must be someone else: "presented herself as" describes the subject's own conduct. */
const REFLEXIVE = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)$/;
const NOT_A_ROLE = /^(?:well|soon|long|much|many|far|part|planned|expected|scheduled|usual|promised|agreed|required|needed|such|if|though|of|for|to|in|at|is|was|are|were|it|they|he|she|we)$/;
/** How many words the object may run before "as". */
const OBJECT_REACH = 8;

/** Whether the verb at i presents its object "as" something. */
export function depictsAs(toks: Token[], i: number): boolean {
  if (!DEPICTING.test(toks[i].lower)) return false;
  const first = toks[i + 1];
  // ("identified ethnically as European": an adverb where the object would be; the
  // subject describes itself.)
  if (!first || first.lower === 'as' || REFLEXIVE.test(first.lower) || /^(?:by|in|on|at|for|with|from|under)$/.test(first.lower) || /^\p{Ll}+ly$/u.test(first.text)) return false;
  for (let k = i + 2; k < toks.length && k <= i + 1 + OBJECT_REACH; k++) {
    // ("as part of the festival", "as planned", "as a result of": an adverbial, not what the object is presented as.)
    if (toks[k].lower === 'as') return !toks[k].quoted && !NOT_A_ROLE.test(toks[k + 1]?.lower ?? '') && !(/^(?:a|an)$/.test(toks[k + 1]?.lower ?? '') && /^(?:result|whole|consequence|precaution|courtesy)$/.test(toks[k + 2]?.lower ?? ''));
    if (toks[k].quoted || /^[,;:.()"“”—–]$/.test(toks[k].text)) return false;
  }
  return false;
}
