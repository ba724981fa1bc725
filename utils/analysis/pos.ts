/**
 * Part-of-speech reading of a text: Universal Dependencies tags and lemmas with
 * UTF-16 offsets back into the text.
 *
 * Why wink-nlp with wink-eng-lite-web-model: it is made for the browser (plain JS,
 * the model is a JSON module decoded with atob, so no eval, no WASM, no fetch at run
 * time: it bundles into an MV3 service worker and an MV2 event page alike), it is
 * maintained, MIT-licensed, about 3.8 MB on disk, tags and lemmatizes in one pass at
 * roughly 270k tokens/s in Node here (`npm run bench:attribution` prints the figure),
 * and its UD tag set is the one the attribution tagger was trained with. compromise
 * is slower and tags coarser; pos-js/en-pos are unmaintained and have no lemmas.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface PosToken {
  start: number;
  end: number;
  text: string;
  /** Universal Dependencies tag: NOUN, PROPN, VERB, AUX, ADP, PUNCT, … */
  pos: string;
  lemma?: string;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The model is decoded on first use (~100 ms), not at import, so loading the module stays cheap. */
function reader(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['pos']);
  return nlp;
}

/** Loads the model now (the background calls this while it starts, not on the first page). */
export function warmPos(): void {
  reader();
}

/**
 * Word and punctuation tokens of `text` with their parts of speech and lemmas. An
 * empty or whitespace-only text gives no tokens.
 */
export function tagTokens(text: string): PosToken[] {
  if (!text || !/\S/.test(text)) return [];
  const n = reader();
  const its = n.its;
  const tokens = n.readDoc(text).tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // The typings declare the lemma getter with model add-ons the reader passes itself.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: PosToken[] = new Array(values.length);
  let cursor = 0;
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // Line breaks come back as SPACE tokens; they are layout, not words.
    if (tags[i] === 'SPACE') continue;
    // wink keeps each token's original characters, so the next occurrence after the
    // previous token is its place; the guard only protects against a future change there.
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    out[k++] = { start: at, end: cursor, text: value, pos: tags[i], lemma: lemmas[i] };
  }
  out.length = k;
  return out;
}
