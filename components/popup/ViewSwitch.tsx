export type ClaimView = 'list' | 'sources';

/** The two ways to read the claims: in article order, or grouped by source ("who says what"). */
export function ViewSwitch({ view, onView }: { view: ClaimView; onView: (view: ClaimView) => void }) {
  return (
    <div class="view-switch" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'list'} onClick={() => onView('list')}>
        In article order
      </button>
      <button type="button" aria-pressed={view === 'sources'} onClick={() => onView('sources')}>
        Who says what
      </button>
    </div>
  );
}
