import type { ClaimStatus } from './analysis/types';
import type { ReaderSettings } from './settings';

/**
 * The colour-blind-safe palette for the page's highlights. The standard palette
 * is the content script's own stylesheet (entrypoints/content/style.css), so a
 * reader who keeps the default leaves no trace on the page at all. This palette
 * replaces hue as the carrier of meaning: every status gets its own thick
 * underline pattern, and the fills come from Paul Tol's "bright" scheme, whose
 * hues stay apart under protanopia, deuteranopia and tritanopia.
 */
const COLOUR_BLIND: Record<ClaimStatus, { fill: string; line: string }> = {
  confirmed: { fill: 'rgba(68, 119, 170, 0.28)', line: 'solid 3px rgb(68, 119, 170)' },
  reported: { fill: 'rgba(102, 204, 238, 0.28)', line: 'dotted 3px rgb(34, 136, 170)' },
  alleged: { fill: 'rgba(204, 187, 68, 0.32)', line: 'dashed 3px rgb(150, 130, 20)' },
  speculative: { fill: 'rgba(170, 51, 119, 0.22)', line: 'wavy 2px rgb(170, 51, 119)' },
  disputed: { fill: 'rgba(238, 102, 119, 0.28)', line: 'double 4px rgb(200, 60, 80)' },
  unattributed: { fill: 'rgba(187, 187, 187, 0.4)', line: 'solid 1px rgb(110, 110, 110)' },
  opinion: { fill: 'rgba(34, 136, 51, 0.22)', line: 'dotted 2px rgb(34, 136, 51)' },
};

/**
 * CSS for a palette, or null when the standard stylesheet already applies.
 * Declarations are `!important` so they win over the manifest stylesheet however
 * the browser orders injected and adopted sheets.
 */
export function paletteCss(palette: ReaderSettings['palette']): string | null {
  if (palette !== 'colour-blind') return null;
  return Object.entries(COLOUR_BLIND)
    .map(
      ([status, { fill, line }]) =>
        `::highlight(sourcelight-${status}) { background-color: ${fill} !important; text-decoration: underline ${line} !important; }`,
    )
    .join('\n');
}

/**
 * Applies a palette to a document through a constructed stylesheet in
 * `adoptedStyleSheets`: no element or attribute is added to the page, so its
 * markup and its scripts see no change. Returns a function that removes it.
 */
export function applyPalette(doc: Document, palette: ReaderSettings['palette']): () => void {
  const css = paletteCss(palette);
  if (!css || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return () => {};
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page replaced its own list in a way we cannot edit; nothing of ours to undo.
      }
    };
  } catch {
    // A browser that will not take a content script's sheet (or a page that froze the
    // list) keeps the standard palette: colours are a convenience, the page comes first.
    return () => {};
  }
}
