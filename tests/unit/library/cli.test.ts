import { describe, expect, it } from 'vitest';
import { runMatch } from '../../../cli/commands/match';
import { runLibrary } from '../../../cli/commands/library';
import { PACK_FORMAT } from '../../../utils/library/pack';

function memIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err, files,
    stdout: (s: string) => { out.push(s); },
    stderr: (s: string) => { err.push(s); },
    readFile: async (p: string) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
    writeFile: async (p: string, c: string) => { files[p] = c; },
  };
}

const claims = [
  { id: 'c1', text: 'The Tarrow county board voted 4-1 to ban night fishing on Lake Mera.', status: 'unattributed', source: null },
  { id: 'c2', text: 'Wardens seized 30 illegal nets near the Lake Mera marina, the wildlife agency said.' },
].map((c) => JSON.stringify(c)).join('\n');
const sentences = [
  { id: 's1', text: 'Tarrow board bans night fishing on Lake Mera in 4-1 vote' },
  { id: 's2', text: 'Wardens seized 13 illegal nets near the Lake Mera marina, the wildlife agency said.' },
  { id: 's3', text: 'A bakery opened downtown.' },
].map((c) => JSON.stringify(c)).join('\n');

describe('sourcelight match', () => {
  it('prints one JSON line per sentence', async () => {
    const io = memIO({ 'c.jsonl': claims, 's.jsonl': sentences });
    expect(await runMatch(['c.jsonl', 's.jsonl'], io)).toBe(0);
    const lines = io.out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.match])).toEqual([['s1', 'c1'], ['s2', null], ['s3', null]]);
    for (const l of lines) expect(typeof l.score).toBe('number');
  });
  it('reports usage and bad input', async () => {
    const io = memIO({ 'c.jsonl': '{"id":"x"}', 's.jsonl': sentences });
    expect(await runMatch([], io)).toBe(2);
    expect(await runMatch(['c.jsonl', 's.jsonl'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/c.jsonl:1/);
    expect(await runMatch(['missing.jsonl', 's.jsonl'], io)).toBe(1);
  });
});

describe('sourcelight library', () => {
  const pack = JSON.stringify({
    format: PACK_FORMAT, version: 1, exported: '',
    articles: [{ url: 'https://news.example/lake', title: 'Lake', site: 'News', date: null, addedAt: 1, pinned: false,
      claims: [{ start: 0, end: 10, text: 'The board banned night fishing.', status: 'unattributed', source: null, cues: [] }] }],
  });
  it('imports, lists, pins, exports and clears', async () => {
    const io = memIO({ 'pack.json': pack });
    const lib = ['--file', 'lib.json'];
    expect(await runLibrary(['import', 'pack.json', ...lib], io)).toBe(0);
    expect(JSON.parse(io.files['lib.json']).articles).toHaveLength(1);
    expect(await runLibrary(['pin', 'https://news.example/lake', ...lib], io)).toBe(0);
    expect(await runLibrary(['list', ...lib], io)).toBe(0);
    expect(JSON.parse(io.out.pop()!)).toMatchObject({ pinned: true, claims: 1 });
    expect(await runLibrary(['export', 'out.json', ...lib], io)).toBe(0);
    expect(JSON.parse(io.files['out.json']).articles[0].pinned).toBe(true);
    expect(await runLibrary(['clear', ...lib], io)).toBe(0);
    expect(JSON.parse(io.files['lib.json']).articles).toEqual([]);
  });
  it('refuses a file that is not a claim pack', async () => {
    const io = memIO({ 'bad.json': '{"hello":1}' });
    expect(await runLibrary(['import', 'bad.json', '--file', 'lib.json'], io)).toBe(1);
    expect(io.err.join('')).toMatch(/not a Sourcelight claim pack/);
  });
  it('shows usage for unknown subcommands', async () => {
    const io = memIO({});
    expect(await runLibrary(['frobnicate'], io)).toBe(2);
  });
});
