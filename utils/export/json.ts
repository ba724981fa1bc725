import type { SentenceRecord } from '../analysis/types';
import type { ExportDocument } from './document';

/**
 * The CLI's JSON shape, field for field (the popup's "Download JSON" writes the
 * same). Built explicitly rather than by spreading records so internal fields
 * (like `carried`) never leak into the contract.
 */
export function toJson(doc: ExportDocument, sentences: SentenceRecord[]) {
  return {
    title: doc.title,
    language: doc.language,
    text: doc.text,
    sentences: sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      status: s.status,
      source: s.source
        ? { text: s.source.text, type: s.source.type, chain: [...s.source.chain], resolved: s.source.resolved }
        : null,
      cues: [...s.cues],
    })),
  };
}

export function formatJson(doc: ExportDocument, sentences: SentenceRecord[]): string {
  return JSON.stringify(toJson(doc, sentences), null, 2) + '\n';
}
