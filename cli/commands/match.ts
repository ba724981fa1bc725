/**
 * `sourcelight match CLAIMS.jsonl SENTENCES.jsonl`: for every sentence, the
 * claim it restates (or null) and a score, one JSON line each:
 * `{"id":"s1","match":"c7","score":0.82}`.
 * CLAIMS lines need `id` and `text` (may carry `status`, `source`); SENTENCES
 * lines need `id` and `text`.
 */
import { bestCandidate, buildIndex } from '../../utils/library';

export const MATCH_USAGE = 'usage: sourcelight match CLAIMS.jsonl SENTENCES.jsonl';

/** The part of the CLI's IO this command uses. */
export interface MatchIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<string>;
}

export interface IdText { id: string; text: string; [k: string]: unknown }
export interface MatchLine { id: string; match: string | null; score: number }

/**
 * Parse JSON Lines whose objects need string `id` and `text`. Blank lines are
 * skipped; a bad line throws with its file and line number.
 */
export function parseJsonl(content: string, name: string): IdText[] {
  const out: IdText[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${i + 1}: not valid JSON`);
    }
    const rec = obj as Record<string, unknown>;
    if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string' || (typeof rec.id !== 'string' && typeof rec.id !== 'number')) {
      throw new Error(`${name}:${i + 1}: each line needs "id" and "text"`);
    }
    out.push({ ...rec, id: String(rec.id), text: rec.text });
  });
  return out;
}

/** Match sentences against claims; one result per sentence, in order. */
export function matchLines(claims: IdText[], sentences: IdText[]): MatchLine[] {
  const index = buildIndex(claims);
  return sentences.map((s) => {
    const { match, best } = bestCandidate(index, s.text);
    const score = match ? match.score : best && !best.detail.conflict ? best.score : 0;
    return { id: s.id, match: match ? match.claim.id : null, score };
  });
}

/** Run the command; returns the exit code. */
export async function runMatch(args: string[], io: MatchIO): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(`${MATCH_USAGE}\n`);
    return 0;
  }
  if (args.length !== 2) {
    io.stderr(`${MATCH_USAGE}\n`);
    return 2;
  }
  const [claimsPath, sentencesPath] = args;
  let claims: IdText[];
  let sentences: IdText[];
  try {
    claims = parseJsonl(await io.readFile(claimsPath), claimsPath);
    sentences = parseJsonl(await io.readFile(sentencesPath), sentencesPath);
  } catch (err) {
    io.stderr(`sourcelight match: ${(err as Error).message}\n`);
    return 1;
  }
  for (const line of matchLines(claims, sentences)) io.stdout(`${JSON.stringify(line)}\n`);
  return 0;
}
