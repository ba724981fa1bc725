/**
 * What an export describes: the analysed text and what we know about it. The CLI
 * reads it from a file or URL; the popup gets it from the page's report. Sentence
 * offsets index into `text`.
 */
export interface ExportDocument {
  title: string | null;
  language: string | null;
  text: string;
}
