/**
 * Polarity conflict: the sentence asserts what the claim negates, or the other
 * way round, or reports a denial of what the claim asserts. Built on the
 * per-token polarity of polarity.ts.
 */
import type { TextFeatures } from './features';

/**
 * Polarity conflict, checked both ways:
 * - every negated head in one text that also occurs in the other must be
 *   negated there too ("were not ordered" vs "were ordered"), unless the other
 *   text negates with the same family of words somewhere its own head does not
 *   line up (the two negations are then taken to be the same one, worded
 *   differently);
 * - a text that reports a denial or retraction cannot restate one that has no
 *   negation at all ("denied reports that X" vs "confirmed that X").
 */
export function polarityConflict(claim: TextFeatures, sentence: TextFeatures): string | null {
  const oneWay = (a: TextFeatures, b: TextFeatures): string | null => {
    for (const ev of a.polarity.events) {
      if (ev.kind === 'deny') continue;
      for (const h of ev.heads) {
        const tok = a.tokens[h];
        const inB = b.stems.get(tok.stem);
        if (!inB) continue;
        const bitA = a.polarity.bits[h];
        if (inB.some((k) => b.polarity.bits[k] === bitA)) continue;
        const waived = b.polarity.events.some((e) => e.kind === ev.kind && e.family === ev.family
          && e.heads.every((k) => !a.stems.has(b.tokens[k].stem)));
        if (!waived) return `${ev.word} ${tok.low}`;
      }
    }
    return null;
  };
  /*
   * A denial restated without a denial verb must still negate what was denied:
   * "rejected claims that the switch caused it" ≈ "the switch is not what caused it"
   * (the "not" governs a word inside the denied clause). Otherwise one text
   * reports a denial and the other the thing denied, or an allegation.
   */
  const negatesDenied = (n: TextFeatures, d: TextFeatures): boolean => n.polarity.events.some((e) =>
    e.kind === 'neg' && !e.cancelled && e.heads.some((h) => (d.stems.get(n.tokens[h].stem) ?? []).some((k) => d.polarity.bits[k] === 1)));
  const denies = (f: TextFeatures) => f.polarity.events.some((e) => (e.kind === 'deny' || e.kind === 'retract') && !e.cancelled);
  const dc = denies(claim), ds = denies(sentence);
  if (ds && !dc && !negatesDenied(claim, sentence)) return 'sentence denies';
  if (dc && !ds && !negatesDenied(sentence, claim)) return 'claim denies';
  return oneWay(claim, sentence) ?? oneWay(sentence, claim);
}
