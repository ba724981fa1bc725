/**
 * The card's own stylesheet, inside its shadow root. System colours follow the
 * reader's light or dark scheme; each status keeps the word and the border
 * pattern of its highlight so colour is never the only signal.
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: absolute; box-sizing: border-box; max-width: calc(100vw - 16px);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: CanvasText; background: Canvas; color-scheme: light dark;
  border: 1px solid color-mix(in srgb, CanvasText 25%, transparent); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); padding: 8px 10px; pointer-events: auto;
  text-align: left; direction: ltr; white-space: normal; letter-spacing: normal; text-transform: none;
}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 4px; }
.status { font-weight: 600; padding: 1px 6px; border-radius: 4px; border-bottom: 2px solid; }
.s-confirmed { background: rgba(0, 114, 178, 0.18); border-bottom-style: solid; border-color: rgb(0, 114, 178); }
.s-reported { background: rgba(0, 158, 115, 0.18); border-bottom-style: dotted; border-color: rgb(0, 158, 115); }
.s-alleged { background: rgba(230, 159, 0, 0.22); border-bottom-style: dashed; border-color: rgb(200, 130, 0); }
.s-speculative { background: rgba(204, 121, 167, 0.22); border-bottom-style: dashed; border-color: rgb(204, 121, 167); }
.s-disputed { background: rgba(213, 94, 0, 0.22); border-bottom-style: double; border-bottom-width: 3px; border-color: rgb(213, 94, 0); }
.s-unattributed { background: rgba(240, 228, 66, 0.3); border-bottom-style: solid; border-color: rgb(160, 150, 0); }
.s-opinion { background: rgba(86, 180, 233, 0.22); border-bottom-style: dotted; border-color: rgb(86, 180, 233); }
.close {
  all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 0 4px; border-radius: 4px; visibility: hidden;
}
.card[data-pinned] .close { visibility: visible; }
.close:focus-visible { outline: 2px solid Highlight; }
.label, .type, .chain, .note, .cues { opacity: 0.8; }
.chain, .note, .cues { font-size: 12px; margin-top: 2px; }
.none { font-style: italic; }
.seen { margin-top: 6px; padding-top: 6px; border-top: 2px solid rgba(120, 60, 200, 0.95); font-size: 12px; }
.seen-link { color: LinkText; text-decoration: underline; overflow-wrap: anywhere; }
.seen-link:focus-visible { outline: 2px solid Highlight; }
`;
