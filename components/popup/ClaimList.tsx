import { ClaimItem } from './ClaimItem';
import { onClaimListKey } from './keyboard';
import type { Claim } from './sourcing';

interface Props {
  claims: Claim[];
  /** Called with the sentence's index in the article, for scrolling the page to it. */
  onSelect: (index: number) => void;
}

/** Claims in article order. */
export function ClaimList({ claims, onSelect }: Props) {
  return (
    <ol class="claims" aria-label="Claims in article order" onKeyDown={onClaimListKey}>
      {claims.map((claim) => (
        <ClaimItem key={claim.index} claim={claim} onSelect={onSelect} />
      ))}
    </ol>
  );
}
