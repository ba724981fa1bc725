import type { SentenceRecord } from '../../utils/analysis/types';
import { SOURCE_TYPE_LABEL, STATUS_LABEL } from '../../utils/labels';
import type { Document } from '../input';

import { shorten } from '../../utils/shorten';

export { shorten };

const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));

/**
 * A terminal table, one row per sentence, sized to the terminal's width where
 * known. Sentences that are not claims are listed dimly as "—" so the reader can
 * see what was skipped.
 */
export function formatTable(doc: Document, sentences: SentenceRecord[], columns = 100): string {
  const width = Math.max(72, Math.min(columns, 160));
  const statusW = 13;
  const sourceW = Math.floor((width - statusW - 6) * 0.35);
  const textW = width - statusW - sourceW - 6;
  const out: string[] = [];
  if (doc.title) out.push(doc.title, '');
  out.push(`${pad('STATUS', statusW)}  ${pad('SOURCE (TYPE)', sourceW)}  SENTENCE`);
  out.push('-'.repeat(width));
  for (const s of sentences) {
    const status = s.status === 'none' ? '—' : STATUS_LABEL[s.status];
    const src = s.source
      ? `${s.source.chain.length > 1 ? s.source.chain.join(' › ') : s.source.resolved ? `${s.source.text} = ${s.source.resolved}` : s.source.text} (${SOURCE_TYPE_LABEL[s.source.type]})`
      : '';
    out.push(`${pad(status, statusW)}  ${pad(shorten(src, sourceW), sourceW)}  ${shorten(s.text, textW)}`);
  }
  const claims = sentences.filter((s) => s.status !== 'none').length;
  out.push('-'.repeat(width), `${claims} claims in ${sentences.length} sentences.`);
  return out.join('\n') + '\n';
}
