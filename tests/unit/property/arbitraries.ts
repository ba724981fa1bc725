import fc from 'fast-check';

/**
 * Inputs a news page can throw at the analyzer and the text mapping: characters
 * that split, join or hide words (zero-width, bidi controls, odd spaces), every
 * kind of quote (balanced or not), brackets, and the words our rules key on, so
 * random text actually reaches the attribution and status code paths.
 */
export const AWKWARD_CHARS = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
  '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2069', // bidi controls
  '\u00A0', '\u2009', '\u3000', '\t', '\r', '\n', '\u2028', '\u2029', '\u000B', '\u000C', // spaces and breaks
  '"', '“', '”', '„', '«', '»', "'", '‘', '’', '‹', '›', '「', '」', // quotes
  '(', ')', '[', ']', '{', '}', '—', '–', '-', '…', '.', '?', '!', ':', ';', ',', '·',
  '\uD83D', '\uDE00', '😀', '👩‍⚖️', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', // surrogates (also lone), combining, case-changing
  'ש', 'ל', 'ו', 'م', 'ر', 'ح', 'ب', 'ا', '\u0661', // right-to-left letters and digits
  '\u0000', '\u0007', '\uFFFD', '\uFFFF',
];

export const WORDS = [
  'said', 'says', 'told', 'according', 'to', 'reportedly', 'allegedly', 'claimed', 'denied', 'confirmed',
  'may', 'could', 'might', 'believe', 'should', 'The', 'the', 'police', 'minister', 'spokesperson', 'Dr.',
  'U.S.', 'Mr.', 'Smith', 'Jane', 'officials', 'sources', 'he', 'she', 'they', 'it', 'a', 'report',
  'on', 'Monday', '2024', '3.5', 'per', 'cent', 'e.g.', 'i.e.', 'No.', 'St.', 'Inc.', 'who', 'that',
];

/** A token: a known word, an awkward character, or any string at all. */
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_CHARS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '  ', '. ', '." ', '” ', ', ', '\n\n');

/** Text built from tokens and separators: sentence-like, often broken. */
export const newsishText = (maxTokens = 200): fc.Arbitrary<string> =>
  fc.array(fc.tuple(token, separator), { maxLength: maxTokens }).map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Any text at all, including lone surrogates and control characters. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), newsishText());
