import type { Analysis } from '@/utils/page/session';
import { sendMessage } from '@/utils/messages';

/**
 * Asks the background to analyse the article's text (utils/analysis-service.ts
 * says why it runs there). The reply's error, or a background that cannot be
 * reached (the extension was updated or reloaded under the page), becomes an
 * exception the session turns into the report's error state.
 */
export async function analyseInBackground(text: string, from: number, declaredLanguage: string | null): Promise<Analysis> {
  let reply;
  try {
    reply = await sendMessage('analyzeText', { text, from, declaredLanguage });
  } catch {
    throw new Error('the extension did not answer; reloading the page should help');
  }
  if (!reply || 'error' in reply) throw new Error(reply?.error ?? 'the analyzer gave no answer');
  return reply;
}
