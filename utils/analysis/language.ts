/**
 * Whether a text reads as English. The analyzer's lexicons are English-only, so
 * anything else is reported as unsupported rather than mislabelled.
 *
 * Why a stop-word ratio rather than the page's `lang` attribute alone: many sites
 * ship a template-wide `lang="en"` on translated editions, and many English pages
 * have no `lang` at all.
 */
const ENGLISH_STOPWORDS = new Set(
  'the of and to a in that is was for on with as by at from it he she said his her their they have has be were are an this not but which who will'.split(
    ' ',
  ),
);

/** The article's primary language code: "en", another code, "und", or null when unknown. */
export function detectLanguage(text: string, declared: string | null): string | null {
  const sample = text.slice(0, 5000).toLowerCase();
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return declared ? declared.toLowerCase().split('-')[0] : null;
  let hits = 0;
  for (const w of words) if (ENGLISH_STOPWORDS.has(w)) hits++;
  if (hits / words.length >= 0.12) return 'en';
  const primary = declared?.toLowerCase().split('-')[0];
  return primary && primary !== 'en' ? primary : 'und';
}
