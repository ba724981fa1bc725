import type { ComponentChildren } from 'preact';
import { CLAIM_STATUSES, type ClaimStatus } from '@/utils/analysis/types';
import { STATUS_LABEL } from '@/utils/labels';
import { normaliseSite, type ReaderSettings } from '@/utils/settings';
import { BlockedSites } from './BlockedSites';

interface Props {
  settings: ReaderSettings;
  /** Saves a change; open tabs apply it at once. */
  onChange: (change: Partial<ReaderSettings>) => void;
  /** The browser's current shortcut for showing and hiding the highlights (null: none set). */
  shortcut?: string | null;
  /** Opens the browser's own shortcut settings, where shortcuts are changed. */
  onEditShortcut?: () => void;
  /** The "Claim memory" section (components/options/ClaimMemorySection.tsx), wired to the background by the entrypoint. */
  claimMemory?: ComponentChildren;
}

/** The options page: when Sourcelight runs, what it paints, where it never runs, and in which colours. */
export function Options({ settings, onChange, shortcut, onEditShortcut, claimMemory }: Props) {
  const toggleStatus = (s: ClaimStatus, on: boolean) =>
    onChange({ paintedStatuses: CLAIM_STATUSES.filter((x) => (x === s ? on : settings.paintedStatuses.includes(x))) });
  return (
    <main class="options">
      <h1>Sourcelight options</h1>
      <p class="lead">Changes are saved as you make them and apply to open tabs straight away.</p>

      <fieldset>
        <legend>When to highlight</legend>
        <label class="choice">
          <input type="radio" name="mode" value="automatic" checked={settings.mode === 'automatic'} onChange={() => onChange({ mode: 'automatic' })} />
          <span>
            <strong>Automatically</strong>: every news article is analysed as it loads.
          </span>
        </label>
        <label class="choice">
          <input type="radio" name="mode" value="on-request" checked={settings.mode === 'on-request'} onChange={() => onChange({ mode: 'on-request' })} />
          <span>
            <strong>Only on request</strong>: a page is read only when you open the Sourcelight popup or press the shortcut.
          </span>
        </label>
        <p class="hint">
          Either way the article is read on this device and nothing is sent anywhere. Sourcelight may run on http and https pages so
          that it can highlight automatically; in “only on request” mode it checks these settings and waits.
        </p>
      </fieldset>

      <fieldset>
        <legend>Statuses to paint on the page</legend>
        <p class="hint">The popup always lists every claim; this only changes what is highlighted in the article.</p>
        <div class="status-grid">
          {CLAIM_STATUSES.map((s) => (
            <label key={s} class="choice">
              <input type="checkbox" checked={settings.paintedStatuses.includes(s)} onChange={(e) => toggleStatus(s, (e.target as HTMLInputElement).checked)} />
              <span class={`sample sample-${settings.palette} sample-${s}`}>{STATUS_LABEL[s]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>Colours</legend>
        <label class="choice">
          <input type="radio" name="palette" value="standard" checked={settings.palette === 'standard'} onChange={() => onChange({ palette: 'standard' })} />
          <span>
            <strong>Standard</strong>: light tints, and most statuses underlined in their own style.
          </span>
        </label>
        <label class="choice">
          <input type="radio" name="palette" value="colour-blind" checked={settings.palette === 'colour-blind'} onChange={() => onChange({ palette: 'colour-blind' })} />
          <span>
            <strong>Colour-blind safe</strong>: hues that stay apart in every common form of colour blindness, and a thick, distinct
            underline for every status.
          </span>
        </label>
      </fieldset>

      <fieldset>
        <legend>Keyboard shortcut</legend>
        <p>
          {shortcut ? (
            <>
              <kbd>{shortcut}</kbd> shows or hides the highlights on the page.
            </>
          ) : (
            'No shortcut is set for showing and hiding the highlights.'
          )}
        </p>
        {onEditShortcut && (
          <button type="button" onClick={onEditShortcut}>
            Change the shortcut
          </button>
        )}
      </fieldset>

      <BlockedSites sites={settings.blockedSites} onChange={(blockedSites) => onChange({ blockedSites })} normalise={normaliseSite} />

      {claimMemory}
    </main>
  );
}

