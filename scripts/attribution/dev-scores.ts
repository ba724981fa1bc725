/** Span scores of an attribution tagger on PolNeAR dev (every article, one annotator each). */
import type { AttributionTagger } from '../../utils/analysis/attribution-tagger';
import { DEV_DIR, LAYERS, readArticles, type Layer } from './corpus';
import { emptyTally, lenientPrf, score, strictPrf, type Prf, type Tally } from './span-score';

export interface LayerScores {
  strict: Prf;
  lenient: Prf;
  gold: number;
  predicted: number;
}

export function devScores(tagger: AttributionTagger): { articles: number; words: number; layers: Record<Layer, LayerScores> } {
  const articles = readArticles(DEV_DIR);
  const tallies: Record<Layer, Tally> = { cue: emptyTally(), source: emptyTally(), content: emptyTally() };
  let words = 0;
  for (const a of articles) {
    const out = tagger.tag(a.text);
    words += a.text.split(/\s+/).filter(Boolean).length;
    score(a.text, a.spans.cue, out.cues, tallies.cue);
    score(a.text, a.spans.source, out.sources, tallies.source);
    score(a.text, a.spans.content, out.contents, tallies.content);
  }
  const layers = {} as Record<Layer, LayerScores>;
  for (const l of LAYERS) layers[l] = { strict: strictPrf(tallies[l]), lenient: lenientPrf(tallies[l]), gold: tallies[l].gold, predicted: tallies[l].predicted };
  return { articles: articles.length, words, layers };
}
