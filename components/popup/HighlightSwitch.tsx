interface Props {
  on: boolean;
  onChange: (on: boolean) => void;
  /** The browser's current shortcut for the same toggle, if the reader has one. */
  shortcut?: string | null;
}

/** Shows or hides the highlights on the page; the keyboard shortcut does the same. */
export function HighlightSwitch({ on, onChange, shortcut }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={on}
      title={shortcut ? `Shortcut: ${shortcut}` : undefined}
      onClick={() => onChange(!on)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      Highlights
      {shortcut && <kbd class="shortcut">{shortcut}</kbd>}
    </button>
  );
}
