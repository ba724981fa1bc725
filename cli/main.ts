import { runAnnotate, ANNOTATE_USAGE } from './commands/annotate';
import { processIO, type CliIO } from './io';

const USAGE = `Sourcelight: who stands behind each claim in a news article.

${ANNOTATE_USAGE}
usage: sourcelight match CLAIMS.jsonl SENTENCES.jsonl
usage: sourcelight library import|export [FILE]
`;

/** Routes a command line to its command; returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'annotate':
        return await runAnnotate(rest, io);
      case 'match':
        return await (await import('./commands/match')).runMatch(rest, io);
      case 'library':
        return await (await import('./commands/library')).runLibrary(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`sourcelight: unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    // Never a stack trace for the user: one line, and the trace only when asked for.
    io.stderr(`sourcelight: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.SOURCELIGHT_DEBUG) io.stderr(`${(err as Error)?.stack}\n`);
    return 1;
  }
}
