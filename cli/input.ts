import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../utils/page/extract';
import { detectLanguage } from '../utils/analysis/language';

/** What the CLI analyses: the text whose offsets the output indexes into. */
export interface Document {
  title: string | null;
  language: string | null;
  text: string;
}

/** A failure the user caused or can fix: printed as one line, exit code 1. */
export class InputError extends Error {}

const MAX_BYTES = 50 * 1024 * 1024;

export async function readInput(input: string, stdin: () => Promise<Buffer>): Promise<Document> {
  if (input === '-') return fromText(decode(await stdin(), 'standard input'));
  if (/^https?:\/\//i.test(input)) return fromHtml(await fetchPage(input), input);
  const ext = extname(input).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${input}` : code === 'EISDIR' ? `${input} is a directory` : `cannot read ${input} (${code ?? 'error'})`);
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`${input} is larger than 50 MB`);
  const content = decode(bytes, input);
  if (ext === '.html' || ext === '.htm') return fromHtml(content, input);
  if (ext === '.txt' || ext === '') return fromText(content);
  throw new InputError(`unsupported file type "${ext}": give an .html, .htm or .txt file, a URL, or - for standard input`);
}

/** Refuses binary data: a NUL byte never appears in text or HTML. */
function decode(bytes: Buffer, name: string): string {
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${name} is a binary file, not text or HTML`);
  return bytes.toString('utf8');
}

function fromText(text: string): Document {
  return { title: null, language: detectLanguage(text, null), text };
}

function fromHtml(html: string, name: string): Document {
  const { document } = parseHTML(html);
  const extraction = extractArticle(document as unknown as globalThis.Document);
  if (!extraction) throw new InputError(`no article found in ${name}`);
  return {
    title: extraction.title,
    language: detectLanguage(extraction.text, extraction.declaredLanguage),
    text: extraction.text,
  };
}

async function fetchPage(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(20_000), headers: { accept: 'text/html' } });
  } catch (err) {
    throw new InputError(`cannot reach ${url} (${(err as Error).cause ? String(((err as Error).cause as Error).message ?? (err as Error).cause) : (err as Error).message})`);
  }
  if (!res.ok) throw new InputError(`${url} answered ${res.status} ${res.statusText}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|text/i.test(type)) throw new InputError(`${url} is ${type.split(';')[0]}, not a web page`);
  return decode(Buffer.from(await res.arrayBuffer()), url);
}
