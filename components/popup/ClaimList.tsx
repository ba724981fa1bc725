import type { SentenceRecord } from '@/utils/analysis/types';
import { claimsOf } from '@/utils/report';
import { ClaimItem } from './ClaimItem';

interface Props {
  sentences: SentenceRecord[];
  /** Called with the sentence's index in `sentences`, for scrolling the page to it. */
  onSelect: (index: number) => void;
}

/** The article's claims in article order; sentences that are not claims are left out. */
export function ClaimList({ sentences, onSelect }: Props) {
  const claims = claimsOf(sentences);
  if (claims.length === 0) return <p class="state">No claims found in this article.</p>;
  return (
    <ol class="claims" aria-label="Claims in this article">
      {claims.map(({ index, sentence }) => (
        <ClaimItem key={index} sentence={sentence} onSelect={() => onSelect(index)} />
      ))}
    </ol>
  );
}
