/**
 * Shortens to `width` characters on a word boundary, marking the cut with "…".
 * Shared by the CLI's table and the popup's claim list.
 */
export function shorten(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = cut.lastIndexOf(' ');
  return (space > width * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '') + '…';
}
