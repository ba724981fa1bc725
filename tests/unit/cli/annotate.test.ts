import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/cli/main';
import type { CliIO } from '@/cli/io';

function fakeIO(stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readFile: async () => '',
    readStdin: async () => Buffer.from(stdin, 'utf8'),
    columns: 100,
  };
  return io;
}

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const TEXT =
  'Harbour officials said on Tuesday that the ferry to the islands would resume its service at the end of the week.\nThe port reopened at noon, and the first boats left for the north with their usual cargo.';

describe('sourcelight annotate', () => {
  it('prints exactly the documented JSON shape for standard input, offsets into the input', async () => {
    const io = fakeIO(TEXT);
    expect(await main(['annotate', '--format', 'json', '-'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(Object.keys(json)).toEqual(['title', 'language', 'text', 'sentences']);
    expect(json.text).toBe(TEXT);
    expect(json.title).toBeNull();
    expect(json.language).toBe('en');
    expect(json.sentences.length).toBeGreaterThanOrEqual(2);
    for (const s of json.sentences) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'status', 'source', 'cues']);
      expect(TEXT.slice(s.start, s.end)).toBe(s.text);
      if (s.source) expect(Object.keys(s.source)).toEqual(['text', 'type', 'chain', 'resolved']);
    }
  });

  it('keeps a .txt file unchanged as the text', async () => {
    const file = join(dir, 'story.txt');
    writeFileSync(file, `  ${TEXT}\r\n`);
    const io = fakeIO();
    expect(await main(['annotate', '--format=json', file], io)).toBe(0);
    expect(JSON.parse(io.out).text).toBe(`  ${TEXT}\r\n`);
  });

  it('annotates the demo article when no input is given, with its title', async () => {
    const io = fakeIO();
    expect(await main(['annotate', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.title).toMatch(/foreign hackers/);
    expect(json.text).toMatch(/^WASHINGTON/);
    expect(json.text).not.toMatch(/Related|Photo: Staff|By Jane Halloran/);
    expect(json.sentences.some((s: { status: string }) => s.status !== 'none')).toBe(true);
  });

  it('prints a table and a Markdown sourcing table', async () => {
    const table = fakeIO();
    expect(await main(['annotate'], table)).toBe(0);
    expect(table.out).toMatch(/STATUS\s+SOURCE \(TYPE\)\s+SENTENCE/);
    expect(table.out).toMatch(/\d+ claims in \d+ sentences\./);
    const md = fakeIO();
    expect(await main(['annotate', '--format', 'markdown'], md)).toBe(0);
    expect(md.out).toMatch(/^## Sourcing: /);
    expect(md.out).toContain('| # | Claim | Status | Source | Type | Why |');
  });

  it.each([
    ['a missing file', [join(dir, 'nope.html')], /no such file/],
    ['a binary file', [writeBinary()], /binary file/],
    ['a page with no article', [writeHtml('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>')], /no article found/],
    ['an unknown format', ['--format', 'yaml', '-'], /--format takes table, json or markdown/],
    ['an unsupported file type', [writeFile('data.csv', 'a,b\n')], /unsupported file type/],
    ['an unreachable URL', ['http://127.0.0.1:9/story'], /cannot reach/],
  ])('refuses %s with one line and a non-zero exit', async (_label, args, message) => {
    const io = fakeIO();
    const code = await main(['annotate', ...(args as string[])], io);
    expect(code).not.toBe(0);
    expect(io.err).toMatch(message as RegExp);
    expect(io.err.trim().split('\n')[0]).toMatch(/^sourcelight: /);
    expect(io.err).not.toMatch(/\n\s+at /);
  });
});

function writeFile(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
function writeBinary(): string {
  return writeFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
}
function writeHtml(html: string): string {
  return writeFile('empty.html', html);
}
