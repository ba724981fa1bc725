import { useState } from 'preact/hooks';
import { seenBeforeLink } from '@/utils/library/format';
import type { ArticleSummary, ImportOutcome, LibraryStatus } from '@/utils/library/seen-before';

/** Articles listed before "Show all": the list stays quick to scan, and a big library stays quick to render. */
const FIRST_ROWS = 50;

export interface ClaimMemoryProps {
  /** Whether the claims of analysed articles are kept. */
  keeping: boolean;
  onKeepingChange: (on: boolean) => void;
  /** The library (null while it loads). */
  status: LibraryStatus | null;
  onPin: (url: string, pinned: boolean) => void;
  onForget: (url: string) => void;
  onClear: () => void;
  /** Saves the library as a claim pack; resolves to false when it could not be made. */
  onExport: () => Promise<boolean>;
  /** Imports a claim pack from a file's text; resolves to what was added and rejected. */
  onImport: (text: string) => Promise<ImportOutcome>;
}

/**
 * The options page's "Claim memory" section: keep claims or not, how much is
 * kept, the kept articles with a pin each, Clear all, and claim packs out and in.
 */
export function ClaimMemory({ keeping, onKeepingChange, status, onPin, onForget, onClear, onExport, onImport }: ClaimMemoryProps) {
  const [confirming, setConfirming] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; errors: string[]; ok: boolean } | null>(null);
  const articles = status?.articles ?? [];
  const rows = showAll ? articles : articles.slice(0, FIRST_ROWS);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // the same file can be chosen again
    const result = await onImport(await file.text());
    setOutcome({ ok: result.ok, text: describeImport(result), errors: result.errors });
  };

  return (
    <fieldset class="claim-memory">
      <legend>Claim memory</legend>
      <p class="hint">
        Sourcelight keeps the claims of the articles you read, on this device only, so that when another page restates one it can show who
        stood behind it the first time. Nothing is kept from private windows.
      </p>
      <label class="choice">
        <input type="checkbox" checked={keeping} onChange={(e) => onKeepingChange((e.target as HTMLInputElement).checked)} />
        <span>
          <strong>Keep the claims of articles I read</strong>. Turning this off keeps what is already kept (Clear all removes it); pages are
          still compared with it.
        </span>
      </label>

      <p class="memory-count" role="status">
        {status === null
          ? 'Loading…'
          : `${plural(articles.length, 'article')} and ${plural(status.claims, 'claim')} kept. At most ${status.maxClaims.toLocaleString('en')} claims are kept; past that the oldest unpinned articles are dropped first.`}
      </p>

      {articles.length > 0 && (
        <ul class="memory-articles" aria-label="Kept articles">
          {rows.map((a) => (
            <ArticleRow key={a.url} article={a} onPin={onPin} onForget={onForget} />
          ))}
        </ul>
      )}
      {!showAll && articles.length > FIRST_ROWS && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          Show all {articles.length} articles
        </button>
      )}

      <div class="memory-actions">
        <button
          type="button"
          onClick={async () => {
            setOutcome((await onExport()) ? null : { ok: false, text: 'The claim pack could not be made; nothing was saved.', errors: [] });
          }}
          disabled={!articles.length}
        >
          Export claim pack
        </button>
        <label class="file-button">
          Import claim pack
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
        </label>
        {confirming ? (
          <span class="confirm" role="group" aria-label="Confirm clearing">
            <span>Forget all {plural(articles.length, 'article')}?</span>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Yes, clear all
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} disabled={!articles.length}>
            Clear all
          </button>
        )}
      </div>
      {outcome && (
        <div class={outcome.ok ? 'import-result' : 'import-result error'} role="status">
          <p>{outcome.text}</p>
          {outcome.errors.length > 0 && (
            <ul class="import-errors">
              {outcome.errors.slice(0, 10).map((e, i) => (
                <li key={i}>{e}</li>
              ))}
              {outcome.errors.length > 10 && <li>…and {outcome.errors.length - 10} more.</li>}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}

function ArticleRow({ article, onPin, onForget }: { article: ArticleSummary; onPin: ClaimMemoryProps['onPin']; onForget: ClaimMemoryProps['onForget'] }) {
  const name = article.title || article.url;
  const link = seenBeforeLink({ article });
  const details = [article.site, article.date ? article.date.slice(0, 10) : '', plural(article.claims, 'claim')].filter(Boolean).join(' · ');
  return (
    <li class="memory-article">
      <span class="memory-title">
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
        <span class="memory-details">{details}</span>
      </span>
      <button type="button" aria-pressed={article.pinned} aria-label={`Pin ${name}`} onClick={() => onPin(article.url, !article.pinned)}>
        {article.pinned ? 'Pinned' : 'Pin'}
      </button>
      <button type="button" aria-label={`Forget ${name}`} onClick={() => onForget(article.url)}>
        Forget
      </button>
    </li>
  );
}

/** "Imported 3 articles (41 claims); 2 items rejected." */
export function describeImport(result: ImportOutcome): string {
  if (!result.ok) return `Nothing imported: ${result.errors[0] ?? 'the file could not be read.'}`;
  const rejected = result.errors.length ? `; ${plural(result.errors.length, 'problem')} (listed below)` : '';
  return `Imported ${plural(result.articles, 'article')} (${plural(result.claims, 'claim')})${rejected}.`;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
