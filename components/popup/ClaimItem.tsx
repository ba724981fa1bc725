import type { SentenceRecord } from '@/utils/analysis/types';
import { SOURCE_TYPE_LABEL } from '@/utils/labels';
import { StatusBadge } from './StatusBadge';

interface Props {
  sentence: SentenceRecord;
  onSelect: () => void;
}

/** One claim: its sentence, who stands behind it, its status and the words that decided it. */
export function ClaimItem({ sentence, onSelect }: Props) {
  const { source } = sentence;
  return (
    <li class="claim">
      <button type="button" class="claim-button" onClick={onSelect}>
        <span class="claim-head">
          <StatusBadge status={sentence.status} />
          {source ? (
            <span class="claim-source">
              <span class="source-text">{source.resolved ? `${source.text} (${source.resolved})` : source.text}</span>
              <span class="source-type">{SOURCE_TYPE_LABEL[source.type]}</span>
            </span>
          ) : (
            <span class="claim-source claim-source-none">No source named</span>
          )}
        </span>
        <span class="claim-text">{sentence.text}</span>
        {sentence.cues.length > 0 && (
          <span class="claim-cues">
            Why: {sentence.cues.map((c) => `“${c}”`).join(', ')}
          </span>
        )}
      </button>
    </li>
  );
}
