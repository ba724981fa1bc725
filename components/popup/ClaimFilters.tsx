import { CLAIM_STATUSES, SOURCE_TYPES, type ClaimStatus } from '@/utils/analysis/types';
import { SOURCE_TYPE_LABEL, STATUS_LABEL } from '@/utils/labels';
import type { ClaimFilter, SourceTypeFilter } from './filter';
import type { Claim, SourcingSummary } from './sourcing';

interface Props {
  claims: Claim[];
  summary: SourcingSummary;
  filter: ClaimFilter;
  onFilter: (filter: ClaimFilter) => void;
}

/**
 * Search, source type, and one toggle per status present. The status toggles
 * double as the legend of the summary bar: each carries its colour, word and count.
 */
export function ClaimFilters({ claims, summary, filter, onFilter }: Props) {
  const types = SOURCE_TYPES.filter((t) => claims.some((c) => c.sentence.source?.type === t));
  const unsourced = claims.filter((c) => !c.sentence.source).length;
  const toggleStatus = (s: ClaimStatus) =>
    onFilter({ ...filter, statuses: filter.statuses.includes(s) ? filter.statuses.filter((x) => x !== s) : [...filter.statuses, s] });
  return (
    <div class="filters">
      <div class="filter-row">
        <input
          type="search"
          class="search"
          aria-label="Search sentences and sources"
          placeholder="Search claims, sources"
          value={filter.query}
          onInput={(e) => onFilter({ ...filter, query: (e.target as HTMLInputElement).value })}
        />
        <select
          class="type-select"
          aria-label="Source type"
          value={filter.sourceType}
          onChange={(e) => onFilter({ ...filter, sourceType: (e.target as HTMLSelectElement).value as SourceTypeFilter })}
        >
          <option value="all">All source types</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {SOURCE_TYPE_LABEL[t]} ({claims.filter((c) => c.sentence.source?.type === t).length})
            </option>
          ))}
          {unsourced > 0 && <option value="none">No source ({unsourced})</option>}
        </select>
      </div>
      <div class="filter-row">
        <div class="status-chips" role="group" aria-label="Show statuses">
          {CLAIM_STATUSES.filter((s) => summary.byStatus[s] > 0).map((s) => (
            <button
              key={s}
              type="button"
              class={`chip chip-${s}`}
              aria-pressed={filter.statuses.includes(s)}
              onClick={() => toggleStatus(s)}
            >
              <span class={`swatch bar-${s}`} aria-hidden="true" />
              {STATUS_LABEL[s]} <span class="chip-count">{summary.byStatus[s]}</span>
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
