import type { PageReport } from '../report';
import type { ExportDocument } from './document';
import { formatJson } from './json';

type ArticleReport = Extract<PageReport, { state: 'article' }>;

/** The part of a page report an export describes. */
export function exportDocument(report: ArticleReport): ExportDocument {
  return { title: report.title, language: report.language, text: report.text };
}

/** A file name from the article's title: "campaign-says-foreign-hackers.sourcelight.json". */
export function exportFileName(report: ArticleReport): string {
  const slug = (report.title ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'article'}.sourcelight.json`;
}

/**
 * Saves the report as the CLI's JSON through a temporary object URL: a plain
 * download link, so no `downloads` permission is needed.
 */
export function downloadJson(report: ArticleReport, doc: Document = document): void {
  const blob = new Blob([formatJson(exportDocument(report), report.sentences)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = exportFileName(report);
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
