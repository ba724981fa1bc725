/** Plain-text tables for the terminal (and for pasting into the README as-is). */

export type Cell = string | number | null | undefined;

const show = (c: Cell): string => (c === null || c === undefined ? '–' : typeof c === 'number' ? formatNumber(c) : c);

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (Math.abs(n) >= 10_000) return Math.round(n).toLocaleString('en-US');
  if (Number.isInteger(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** A table with a header row; numbers right-aligned, text left-aligned. */
export function table(title: string, header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((r) => r.map(show))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[], raw?: Cell[]) =>
    r.map((c, i) => (raw && typeof raw[i] === 'number' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [
    `\n${title}`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => line(r.map(show), r)),
  ].join('\n');
}
