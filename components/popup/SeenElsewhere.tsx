import type { SentenceRecord } from '@/utils/analysis/types';
import { seenBeforeLink } from '@/utils/library/format';
import type { SeenBefore } from '@/utils/library/seen-before';
import { shorten } from '@/utils/shorten';
import { StatusBadge } from './StatusBadge';

/** Page sentences are cut shorter here than in the claim list: the original's details are what this section is for. */
const SENTENCE_WIDTH = 140;

interface Props {
  /** The report's matches (SeenBefore.index points into `sentences`). */
  items: SeenBefore[];
  sentences: SentenceRecord[];
  /** Scrolls the page to the sentence at this index. */
  onSelect: (index: number) => void;
}

/**
 * "Seen elsewhere": the page's sentences that restate a claim from an article
 * the reader read before (or imported), each with that claim's status and
 * source in the original, where and when it ran, and a link to it. Renders
 * nothing when there are no matches: most pages have none.
 */
export function SeenElsewhere({ items, sentences, onSelect }: Props) {
  const shown = items.filter((item) => sentences[item.index]).sort((a, b) => a.index - b.index);
  if (!shown.length) return null;
  return (
    <section class="seen-elsewhere" aria-labelledby="seen-elsewhere-heading">
      <h2 id="seen-elsewhere-heading" class="seen-heading">
        Seen elsewhere
      </h2>
      <p class="seen-hint">
        {shown.length === 1 ? 'One claim here restates' : `${shown.length} claims here restate`} a claim from an article you read before.
      </p>
      <ul class="seen-list">
        {shown.map((item) => (
          <SeenItem key={item.index} item={item} sentence={sentences[item.index]} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}

function SeenItem({ item, sentence, onSelect }: { item: SeenBefore; sentence: SentenceRecord; onSelect: (index: number) => void }) {
  const { claim } = item;
  const source = claim.source ? (claim.source.resolved ?? claim.source.text) : null;
  const where = [claim.article.site, shortDate(claim.article.date)].filter(Boolean).join(', ');
  // The address is checked again here (http(s) only), whatever the message carried.
  const link = seenBeforeLink(claim);
  return (
    <li class="seen-item" data-seen-index={item.index}>
      <button type="button" class="seen-sentence" title={sentence.text.length > SENTENCE_WIDTH ? sentence.text : undefined} onClick={() => onSelect(item.index)}>
        {shorten(sentence.text, SENTENCE_WIDTH)}
      </button>
      <p class="seen-original">
        <span class="visually-hidden">In the original: </span>
        <StatusBadge status={claim.status} />{' '}
        {source ? <span class="seen-source">{source}</span> : <span class="seen-source seen-source-none">No source named</span>}
      </p>
      {/* The original wording, so the reader can judge whether it really is the same claim. */}
      <p class="seen-was">
        Originally: “{shorten(claim.text, SENTENCE_WIDTH)}”
      </p>
      <p class="seen-where">
        {where && <span>{where} · </span>}
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" class="seen-link">
            {claim.article.title || 'The original article'}
          </a>
        ) : (
          <span>{claim.article.title || 'The original article'}</span>
        )}
      </p>
    </li>
  );
}

/** ISO timestamps shortened to the day ("2026-10-14T07:30:00Z" → "2026-10-14"); other dates as written. */
function shortDate(date: string | null): string {
  if (!date) return '';
  return /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}
