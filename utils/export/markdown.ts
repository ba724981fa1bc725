import type { SentenceRecord } from '../analysis/types';
import { SOURCE_TYPE_LABEL, STATUS_LABEL } from '../labels';
import type { ExportDocument } from './document';

/** Pipes and newlines would break a Markdown table cell. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * A sourcing table a journalist can paste: claims only, in article order. The
 * CLI's `--format markdown` and the popup's "Copy as Markdown" both print this.
 */
export function formatMarkdown(doc: ExportDocument, sentences: SentenceRecord[]): string {
  const claims = sentences.filter((s) => s.status !== 'none');
  const lines = [
    `## Sourcing${doc.title ? `: ${cell(doc.title)}` : ''}`,
    '',
    `${claims.length} claims in ${sentences.length} sentences.`,
    '',
    '| # | Claim | Status | Source | Type | Why |',
    '|---|---|---|---|---|---|',
  ];
  claims.forEach((s, i) => {
    const chain = s.source && s.source.chain.length > 1 ? s.source.chain.join(' › ') : s.source?.text ?? '—';
    lines.push(
      `| ${i + 1} | ${cell(s.text)} | ${STATUS_LABEL[s.status]} | ${cell(chain)} | ${s.source ? SOURCE_TYPE_LABEL[s.source.type] : '—'} | ${cell(s.cues.join(', '))} |`,
    );
  });
  return lines.join('\n') + '\n';
}
