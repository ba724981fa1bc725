import { SOURCE_TYPE_LABEL } from '@/utils/labels';
import { shorten } from '@/utils/shorten';
import { sourceName, type Claim } from './sourcing';
import { StatusBadge } from './StatusBadge';

/** Long enough for most news sentences; longer ones are cut on a word boundary. */
const SENTENCE_WIDTH = 200;

interface Props {
  claim: Claim;
  onSelect: (index: number) => void;
  /** In the "by source" view the group heading already names the source. */
  hideSource?: boolean;
}

/**
 * One claim: its status, who stands behind it (with the chain when a source cites
 * another), the sentence, and the words that decided the status. The whole item
 * is one button: activating it scrolls the page to the sentence.
 */
export function ClaimItem({ claim, onSelect, hideSource }: Props) {
  const { sentence } = claim;
  const { source } = sentence;
  const chain = source && source.chain.length > 1 ? source.chain : null;
  return (
    <li class="claim">
      <button
        type="button"
        class="claim-button"
        data-claim-index={claim.index}
        title={sentence.text.length > SENTENCE_WIDTH ? sentence.text : undefined}
        onClick={() => onSelect(claim.index)}
      >
        <span class="claim-head">
          <StatusBadge status={sentence.status} />
          {hideSource ? null : source ? (
            <span class="claim-source">
              <span class="source-text">{sourceName(source)}</span>
              <span class="source-type">{SOURCE_TYPE_LABEL[source.type]}</span>
              {/* The attribution is in a neighbouring sentence: say so, or the "why" below would not explain it. */}
              {sentence.carried && <span class="source-carried">from a nearby sentence</span>}
            </span>
          ) : (
            <span class="claim-source claim-source-none">No source: the author's own voice</span>
          )}
        </span>
        {chain && (
          <span class="claim-chain">
            <span class="visually-hidden">Chain of sources: </span>
            {chain.map((link, i) => (
              <span key={i} class="chain-link">
                {i > 0 && (
                  <span class="chain-sep" aria-hidden="true">
                    {' › '}
                  </span>
                )}
                {link}
              </span>
            ))}
          </span>
        )}
        <span class="claim-text">{shorten(sentence.text, SENTENCE_WIDTH)}</span>
        {sentence.cues.length > 0 && (
          <span class="claim-cues">
            Why: {sentence.cues.map((c) => `“${c}”`).join(', ')}
          </span>
        )}
      </button>
    </li>
  );
}
