import { fileURLToPath } from 'node:url';
import { analyze } from '../../utils/analysis';
import { formatJson } from '../format/json';
import { formatMarkdown } from '../format/markdown';
import { formatTable } from '../format/table';
import { InputError, readInput } from '../input';
import type { CliIO } from '../io';

/** The demo article that ships with the project, annotated when no INPUT is given. */
export const DEMO_ARTICLE = fileURLToPath(new URL('../../demo/article.html', import.meta.url));

const FORMATS = ['table', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export const ANNOTATE_USAGE = 'usage: sourcelight annotate [--format table|json|markdown] [INPUT]\n  INPUT: an .html/.htm or .txt file, an http(s) URL, or - for standard input (default: the demo article)';

export async function runAnnotate(args: string[], io: CliIO): Promise<number> {
  let format: Format = 'table';
  let input: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') {
      const value = args[++i];
      if (!FORMATS.includes(value as Format)) {
        io.stderr(`sourcelight: --format takes table, json or markdown${value ? `, not "${value}"` : ''}\n`);
        return 2;
      }
      format = value as Format;
    } else if (a.startsWith('--format=')) {
      return runAnnotate(['--format', a.slice('--format='.length), ...args.slice(0, i), ...args.slice(i + 1)], io);
    } else if (a === '-h' || a === '--help') {
      io.stdout(ANNOTATE_USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr(`sourcelight: unknown option ${a}\n${ANNOTATE_USAGE}\n`);
      return 2;
    } else if (input === undefined) {
      input = a;
    } else {
      io.stderr(`sourcelight: one INPUT at a time (got "${input}" and "${a}")\n`);
      return 2;
    }
  }
  try {
    const doc = await readInput(input ?? DEMO_ARTICLE, io.readStdin);
    const sentences = analyze(doc.text);
    const out =
      format === 'json' ? formatJson(doc, sentences) : format === 'markdown' ? formatMarkdown(doc, sentences) : formatTable(doc, sentences, io.columns);
    io.stdout(out);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`sourcelight: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
