// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatJson as cliFormatJson } from '@/cli/format/json';
import { formatMarkdown as cliFormatMarkdown } from '@/cli/format/markdown';
import { downloadJson, exportDocument, exportFileName } from '@/utils/export/download';
import { formatJson } from '@/utils/export/json';
import { formatMarkdown } from '@/utils/export/markdown';
import { HARBOUR_REPORT } from './fixtures/harbour';

afterEach(() => vi.restoreAllMocks());

describe('export', () => {
  it('is the CLI formatting, not a second one', () => {
    expect(cliFormatMarkdown).toBe(formatMarkdown);
    expect(cliFormatJson).toBe(formatJson);
  });

  it('writes a Markdown sourcing table of the claims, chain and cells escaped', () => {
    const md = formatMarkdown(exportDocument(HARBOUR_REPORT), HARBOUR_REPORT.sentences);
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(md.startsWith('## Sourcing: Crane collapses at the harbour\n')).toBe(true);
    expect(rows).toHaveLength(9);
    expect(rows[6]).toContain('| Dr. Ines Varga › engineers at the port | Expert |');
    expect(rows[8]).toBe('| 9 | The harbour needs a new safety plan. | Opinion | — | — | needs |');
  });

  it('names the file after the article', () => {
    expect(exportFileName(HARBOUR_REPORT)).toBe('crane-collapses-at-the-harbour.sourcelight.json');
    expect(exportFileName({ ...HARBOUR_REPORT, title: null })).toBe('article.sourcelight.json');
    expect(exportFileName({ ...HARBOUR_REPORT, title: '¿Qué pasó? — "Crisis" at the Port, 2026' })).toBe('que-paso-crisis-at-the-port-2026.sourcelight.json');
  });

  it('downloads the CLI JSON through a link, and leaves nothing behind in the popup', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:sourcelight/1'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadJson(HARBOUR_REPORT);
    expect(clicked).toEqual([{ href: 'blob:sourcelight/1', download: 'crane-collapses-at-the-harbour.sourcelight.json' }]);
    expect(JSON.parse(await blobs[0].text())).toEqual(JSON.parse(formatJson(exportDocument(HARBOUR_REPORT), HARBOUR_REPORT.sentences)));
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});
