/**
 * Verbs of attribution learned from PolNeAR's annotated cues
 * (data/cue-lexicon.json, mined by scripts/mine-cues.ts from corpus/polnear-train with
 * the 140 sentence-labelled articles held out): "urged", "lashed out", "touted",
 * "decried", "applauded" attribute as "said" does (LABELS.md: speech acts without
 * "said"). Only words annotators marked as a cue in a good share of their uses
 * are taken, and adverbs, nouns and function words are left to the rules.
 */
// Only the words table is bundled (a named import lets the bundler drop the phrases).
import { words as minedWords } from '../data/cue-lexicon.json';
import type { CueClass } from './reporting';

/** LABELS.md class of the lexicon's cue classes. */
const CLASS: Record<string, CueClass> = {
  neutral: 'reported',
  accusation: 'alleged',
  rebuttal: 'disputed',
  factive: 'confirmed',
  hedge: 'speculative',
  promise: 'speculative',
};

/** A cue share below this is a word that is a cue only now and then ("have", "about"); 0.15, 0.25 and 0.4 were tried by cross-validation (npm run eval), 0.4 was best. */
export const MIN_CUE_SHARE = 0.4;
const MIN_CUE_COUNT = 5;

// Not verbs of saying, whatever their share: adverbs and adjectives that sit beside
// a cue ("repeatedly", "publicly", "eager"), and nouns that the rules read elsewhere.
const NOT_A_VERB = /(?:ly|ful|ous|ive|ant|ent|ion|ment|ism|ness|ity|ance|ence)$|^(?:about|also|accord|statement|criticism|warning|complaint|suggestion|assertion|allegation|speculation|eager|confident|unclear|skeptical|aware|guilty|reluctant|vocal|wary|glad|nervous|supportive|disappointed|outspoken|backing|consensus|length|quick|saying|talking|supporting|offering|preferred|informed|promising|understanding|evenly|reference|tribute|disagreement|disclosure|assumption|critique|contention|rejection)$/;

// PolNeAR marks attitudes and states as cues too ("prefer", "oppose", "seem");
// LABELS.md attributes acts of saying only, so those stay out.
const NOT_SPEECH = new Set(['prefer', 'oppose', 'agree', 'seem', 'appear', 'decline', 'refuse', 'convince', 'rattle', 'balk', 'spar', 'wonder', 'worry', 'hope', 'expect', 'discuss', 'apologize', 'deem']);

type Entry = { cue: number; total: number; p: number; class: string };

/** Lemma → class for the mined verbs of attribution. */
export const MINED_CUES: ReadonlyMap<string, CueClass> = new Map(
  Object.entries(minedWords as Record<string, Entry>)
    .filter(([lemma, e]) => e.p >= MIN_CUE_SHARE && e.cue >= MIN_CUE_COUNT && /^[a-z]+$/.test(lemma) && !NOT_A_VERB.test(lemma) && !NOT_SPEECH.has(lemma))
    .map(([lemma, e]) => [lemma, CLASS[e.class] ?? 'reported'] as const),
);
