/**
 * Character classes of the walks, looked up by UTF-16 code unit in one table.
 *
 * Why a table: the census and the serialiser test every character of the page's
 * text, and a regex test or a Set lookup per character was a visible share of
 * their time; an indexed read of a typed array is the cheapest test there is.
 */

/** The code unit is whitespace as JavaScript's `\s` defines it. */
export const SPACE = 1;
/** The code unit is one of `,.;:!?。،` (punctuation that running prose has). */
export const PUNCT = 2;

/** Flags per code unit (0xffff + 1 entries): SPACE and PUNCT. */
export const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  // Exactly the code units /\s/ matches (WhiteSpace and LineTerminator of ECMAScript).
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) table[c] = SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const ch of ',.;:!?。،') table[ch.charCodeAt(0)] = PUNCT;
  return table;
})();
