// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '@/utils/analysis/types';
import { applyPalette, paletteCss } from '@/utils/palette';

describe('highlight palettes', () => {
  it('adds nothing for the standard palette: the content stylesheet already applies', () => {
    expect(paletteCss('standard')).toBeNull();
    const before = document.adoptedStyleSheets.length;
    applyPalette(document, 'standard')();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('gives every status of the colour-blind palette a fill and its own underline pattern', () => {
    const css = paletteCss('colour-blind')!;
    const rules = CLAIM_STATUSES.map((s) => css.split('\n').find((l) => l.startsWith(`::highlight(sourcelight-${s})`)));
    expect(rules.every(Boolean)).toBe(true);
    const patterns = rules.map((r) => r!.match(/underline (\w+) (\d+px)/)!.slice(1).join(' '));
    expect(new Set(patterns).size).toBe(CLAIM_STATUSES.length);
  });
});

describe('applying a palette', () => {
  it('adds one constructed sheet and takes it away again', () => {
    const before = document.adoptedStyleSheets.length;
    const remove = applyPalette(document, 'colour-blind');
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    remove();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('never throws into the page when the browser refuses the sheet', () => {
    const refusing = { adoptedStyleSheets: [] } as unknown as Document;
    Object.defineProperty(refusing, 'adoptedStyleSheets', {
      get: () => [],
      set: () => {
        throw new TypeError('sheet from another document');
      },
    });
    const remove = applyPalette(refusing, 'colour-blind');
    expect(() => remove()).not.toThrow();
  });
});
