/**
 * The background's analyzer: the content script sends an article's text and
 * gets its sentence records back.
 *
 * Why the analysis runs here and not in the page: a content script's work runs
 * on the page's main thread, where every millisecond is one the reader can feel,
 * and the analyzer with its lexicons is half of what a content script would have
 * to load and compile on every page. Here it runs once per article on the
 * extension's own thread, and the page pays for reading its text and painting
 * the answer. The text never leaves the browser: this is a message between two
 * parts of the extension.
 */
import { analyzeFrom } from './analysis/from-offset';
import { detectLanguage } from './analysis/language';
import type { SentenceRecord } from './analysis/types';
import { onMessage } from './messages';

/** Longest text analysed for one request: above the page's own cap (utils/page/session.ts), far below what would stall the background. */
export const MAX_ANALYSIS_CHARS = 600_000;

/** What the content script sends: the article's text, where new text starts (0: all of it), and the page's `lang`. */
export interface AnalysisRequest {
  text: string;
  from: number;
  declaredLanguage: string | null;
}

/**
 * The text's language and, when it is English (the lexicons are English-only),
 * the sentence records from `from` on; or why there are none.
 */
export type AnalysisReply = { language: string; sentences: SentenceRecord[] } | { error: string };

/** Answers one request; never throws, because an exception would cross the message boundary as a bare string. */
export function answerAnalysis(data: unknown): AnalysisReply {
  const req = data as Partial<AnalysisRequest> | null;
  if (!req || typeof req.text !== 'string' || typeof req.from !== 'number') return { error: 'The request carried no article text.' };
  if (req.text.length > MAX_ANALYSIS_CHARS) return { error: 'The article is too long to analyse.' };
  try {
    // Read here rather than in the page: its Unicode word pattern alone costs the page milliseconds to compile.
    const language = detectLanguage(req.text, typeof req.declaredLanguage === 'string' ? req.declaredLanguage : null) ?? 'und';
    return { language, sentences: language === 'en' ? analyzeFrom(req.text, req.from) : [] };
  } catch (err) {
    return { error: `The analyzer failed (${String((err as Error)?.message ?? err)}).` };
  }
}

/** A short passage that walks the analyzer's main paths: cues, quotes, pronouns, hedges, denials. */
const WARM_UP = [
  'The mayor said on Monday that the plan was sound, according to two officials.',
  '"We will finish the bridge," she told reporters. "It is safe."',
  'Police alleged the firm may have hidden costs, but the company denied it, reportedly.',
  'Experts believe prices could rise. Critics called the deal a disaster.',
].join('\n');

let warmed = false;

/**
 * Compiles the analyzer's patterns and lexicons once (tens of milliseconds on a
 * slow machine) so the first article does not wait for it. True when this call did the work.
 */
export function warmAnalyzer(): boolean {
  if (warmed) return false;
  warmed = true;
  answerAnalysis({ text: WARM_UP, from: 0, declaredLanguage: 'en' });
  return true;
}

/** Registers the analysis message handler; call once from the background script. */
export function startAnalysisService(): void {
  onMessage('analyzeText', ({ data }) => answerAnalysis(data));
  // The service worker is woken by every tab's navigation (the badge listens to
  // tabs.onUpdated), usually before the page's content script has read its text:
  // compiling the analyzer then, off the page's thread, spares the first article
  // the wait, with no message from the page to ask for it.
  setTimeout(warmAnalyzer, 0);
}
