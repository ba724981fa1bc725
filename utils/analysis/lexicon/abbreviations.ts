/**
 * Abbreviations that end in a period without ending a sentence. Lower-cased,
 * without the final period. General English newswriting (AP style) knowledge.
 */

/** Titles and labels that always precede a name or number: "Dr. Smith", "No. 3". */
export const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'lt', 'gen', 'col',
  'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'lt.gen', 'rev', 'fr',
  'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'ald', 'assemb', 'amb', 'del', 'vs', 'v', 'e.g', 'i.e', 'cf', 'messrs', 'mme', 'mlle',
]);

/** Labels that precede a number: "No. 3", "Vol. 2" (but "the answer was no." ends one). */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol', 'art', 'sec', 'fig', 'pp', 'p']);

/** Month abbreviations: not a boundary when a day number follows ("Aug. 9"). */
export const MONTH_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Abbreviations that may end a sentence too ("… in the U.S. The …"); they end one
 * only when a typical sentence opener follows (see sentences.ts).
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc',
  'bros', 'etc', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'rd', 'hwy', 'ph.d', 'm.d', 'd.c', 'l.a', 'n.y', 'calif', 'fla', 'ala', 'ariz', 'ark', 'colo',
  'conn', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont',
  'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'n.c', 's.c',
  'n.d', 's.d', 'n.h', 'n.j', 'n.m', 'r.i', 'w.va', 'al', 'ft', 'pt', 'oz', 'lb', 'lbs',
  'mph', 'min', 'max', 'ibid', 'jr', 'sr', 'esq', 'st', 'ste', 'mt',
]);

/**
 * Words that typically open an English sentence (closed-class words). After an
 * ambiguous abbreviation, an initial or an ellipsis, a following capitalised word
 * from this list signals a new sentence; any other capitalised word ("U.S. Senate",
 * "John F. Kennedy") is read as continuing the name.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'but', 'and', 'or', 'so',
  'yet', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'since', 'when', 'while',
  'if', 'as', 'by', 'from', 'to', 'of', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two',
  'still', 'however', 'meanwhile', 'also', 'instead', 'then', 'now', 'today', 'yesterday', 'what',
  'who', 'why', 'how', 'where', 'which', 'both', 'each', 'every', 'other', 'another', 'such',
  'according', 'although', 'though', 'because', 'unlike', 'like', 'under', 'over', 'about',
  'last', 'next', 'earlier', 'later', 'only', 'even', 'just', 'more', 'several', 'few',
]);
