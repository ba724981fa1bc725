import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { SentenceRecord } from '@/utils/analysis/types';
import { ClaimFilters } from './ClaimFilters';
import { ClaimList } from './ClaimList';
import { NO_FILTER, filterClaims, groupBySource, isFiltering, type ClaimFilter } from './filter';
import { SourceGroups } from './SourceGroups';
import { SourcingSummary } from './SourcingSummary';
import { claimsIn, summarise } from './sourcing';
import { ViewSwitch, type ClaimView } from './ViewSwitch';

interface Props {
  sentences: SentenceRecord[];
  /** Scrolls the page to the sentence; resolves to false when it is no longer on the page. */
  onSelect: (index: number) => Promise<boolean> | void;
  /** Shown between the summary and the filters (the claim library's "Seen elsewhere"). */
  afterSummary?: ComponentChildren;
}

/** An analysed article: the summary, the filters, and the claims as a list or by source. */
export function ClaimsView({ sentences, onSelect, afterSummary }: Props) {
  const claims = useMemo(() => claimsIn(sentences), [sentences]);
  const summary = useMemo(() => summarise(claims), [claims]);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [view, setView] = useState<ClaimView>('list');
  const shown = useMemo(() => filterClaims(claims, filter), [claims, filter]);
  const [notice, setNotice] = useState('');
  // Pages change under the popup (live blogs, single-page sites): say so rather than do nothing.
  const select = async (index: number) => {
    setNotice('');
    if ((await onSelect(index)) === false) setNotice('That sentence is no longer on the page. Reopen Sourcelight to read the page again.');
  };

  if (claims.length === 0) {
    return (
      <>
        <SourcingSummary summary={summary} />
        {afterSummary}
        <p class="state">No claims found: no sentence in this article asserts something a source or the author stands behind.</p>
      </>
    );
  }
  return (
    <div class="claims-view">
      <SourcingSummary summary={summary} />
      {afterSummary}
      <ClaimFilters claims={claims} summary={summary} filter={filter} onFilter={setFilter} />
      <div class="list-bar">
        <ViewSwitch view={view} onView={setView} />
        <p class="result-count" role="status">
          {isFiltering(filter) && (
            <>
              {shown.length} of {claims.length}
              <span class="visually-hidden"> claims shown</span>
            </>
          )}
        </p>
        {isFiltering(filter) && (
          <button
            type="button"
            class="link-button"
            aria-label="Clear filters"
            onClick={(e) => {
              setFilter(NO_FILTER);
              // This button goes away with the filters: keep the keyboard reader's place at the search box.
              (e.currentTarget.closest('.claims-view')?.querySelector('.search') as HTMLElement | null)?.focus();
            }}
          >
            Clear
          </button>
        )}
      </div>
      {notice && (
        <p class="notice" role="alert">
          {notice}
        </p>
      )}
      {shown.length === 0 ? (
        <p class="state">No claim matches these filters.</p>
      ) : view === 'list' ? (
        <ClaimList claims={shown} onSelect={select} />
      ) : (
        <SourceGroups groups={groupBySource(shown)} onSelect={select} />
      )}
    </div>
  );
}
