import { parseHTML } from 'linkedom';

/** A page as linkedom parses it (the CLI's DOM: no layout at all). */
export function page(body: string, lang = 'en'): Document {
  return parseHTML(`<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document;
}

/** A paragraph of running prose, numbered so each is distinct. */
export const para = (i: number) =>
  `<p>Paragraph ${i} tells the story at length, with commas, clauses and a full stop, so that it reads as running prose.</p>`;

/** `n` such paragraphs, numbered from `from`. */
export const paras = (n: number, from = 1) => Array.from({ length: n }, (_, i) => para(from + i)).join('\n');
