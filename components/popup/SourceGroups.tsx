import { SOURCE_TYPE_LABEL } from '@/utils/labels';
import { ClaimItem } from './ClaimItem';
import type { SourceGroup } from './filter';
import { onClaimListKey } from './keyboard';

interface Props {
  groups: SourceGroup[];
  onSelect: (index: number) => void;
}

/** "Who says what": one section per source, its claims beneath in article order. */
export function SourceGroups({ groups, onSelect }: Props) {
  return (
    <div class="groups" onKeyDown={onClaimListKey}>
      {groups.map((group, i) => {
        const headingId = `source-group-${i}`;
        return (
          <section key={group.key} class="group" aria-labelledby={headingId}>
            <h3 id={headingId} class="group-head">
              <span class="group-name">{group.name ?? "No source: the author's own voice"}</span>
              {group.type && <span class="source-type">{SOURCE_TYPE_LABEL[group.type]}</span>}
              <span class="group-count">
                {group.claims.length} {group.claims.length === 1 ? 'claim' : 'claims'}
              </span>
            </h3>
            <ol class="claims" aria-labelledby={headingId}>
              {group.claims.map((claim) => (
                <ClaimItem key={claim.index} claim={claim} onSelect={onSelect} hideSource={group.name !== null} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
