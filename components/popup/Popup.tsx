import type { PageState } from '@/utils/messages';
import { ClaimsView } from './ClaimsView';
import { ExportBar } from './ExportBar';
import { HighlightSwitch } from './HighlightSwitch';
import { SeenElsewhere } from './SeenElsewhere';
import { StateMessage } from './StateMessage';

/** Everything the popup can be showing for a tab. */
export type PopupData =
  | { kind: 'loading' }
  /** No content script answered: a browser page, a store, a local file, or a tab opened before install. */
  | { kind: 'unreachable' }
  | { kind: 'page'; page: PageState };

export interface PopupActions {
  /** Scrolls the page to the sentence; resolves to false when it is no longer on the page. */
  onSelect: (index: number) => Promise<boolean> | void;
  onToggleHighlights: (on: boolean) => void;
  onCopyMarkdown: () => Promise<void>;
  onDownloadJson: () => void;
  onOpenOptions: () => void;
  /** Reads a page judged not an article anyway (the popup shows "Analysing" meanwhile). */
  onReadAnyway: () => void;
}

interface Props extends PopupActions {
  data: PopupData;
  shortcut?: string | null;
}

/** The popup for one tab: a header, one body per state, and the footer actions. */
export function Popup({ data, shortcut, ...actions }: Props) {
  const report = data.kind === 'page' ? data.page.report : null;
  const article = report?.state === 'article' ? report : null;
  return (
    <div class="popup">
      <header class="popup-header">
        <div class="brand-row">
          <h1 class="brand">Sourcelight</h1>
          {article && data.kind === 'page' && (
            <HighlightSwitch on={data.page.highlightsVisible} onChange={actions.onToggleHighlights} shortcut={shortcut} />
          )}
        </div>
        <p class="article-title" title={article?.title ?? undefined}>
          {article?.title ?? ''}
        </p>
      </header>
      <main class="popup-body">
        <PopupBody data={data} {...actions} />
      </main>
      <footer class="popup-footer">
        {article && <ExportBar onCopyMarkdown={actions.onCopyMarkdown} onDownloadJson={actions.onDownloadJson} />}
        <button type="button" class="link-button options-link" onClick={actions.onOpenOptions}>
          Options
        </button>
      </footer>
    </div>
  );
}

function PopupBody({ data, onSelect, onOpenOptions, onReadAnyway }: { data: PopupData } & PopupActions) {
  if (data.kind === 'loading') {
    return (
      <StateMessage title="Analysing the article…" live>
        <p>Finding the claims and who stands behind them. This takes a moment on long pages.</p>
      </StateMessage>
    );
  }
  if (data.kind === 'unreachable') {
    return (
      <StateMessage title="Sourcelight cannot read this page">
        <p>
          Browsers keep their own pages, extension stores and local files off limits to extensions. If this is a news article that was
          already open when Sourcelight was installed, reload the page.
        </p>
      </StateMessage>
    );
  }
  const { page } = data;
  if (page.blocked) {
    return (
      <StateMessage title="Sourcelight is off on this site">
        <p>You asked Sourcelight never to run here, so it has not read this page.</p>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Change this in Options
        </button>
      </StateMessage>
    );
  }
  const report = page.report;
  if (!report) {
    return (
      <StateMessage title="Analysing the article…" live>
        <p>Finding the claims and who stands behind them.</p>
      </StateMessage>
    );
  }
  switch (report.state) {
    case 'not-article':
      return (
        <StateMessage title="Not a news article">
          <p>{report.reason}</p>
          <p>Sourcelight lists the claims of news articles: open one and this popup shows who stands behind each claim.</p>
          {/* The verdict can be wrong: the reader may have it read regardless (until the page navigates). */}
          {!report.anyway && (
            <button type="button" class="read-anyway" onClick={onReadAnyway}>
              Read this page anyway
            </button>
          )}
        </StateMessage>
      );
    case 'unsupported-language':
      return (
        <StateMessage title="Language not supported">
          <p>
            This article is not in English{languageName(report.language) ? ` (it reads as ${languageName(report.language)})` : ''}.
            Sourcelight reads English articles only for now.
          </p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage title="The analysis failed" tone="error">
          <p>{report.message}</p>
          <p>Reloading the page sometimes helps; nothing on the page was changed.</p>
        </StateMessage>
      );
    case 'article':
      return (
        <ClaimsView
          sentences={report.sentences}
          onSelect={onSelect}
          // Matches with the claim library right under the summary: few, and the reason to look twice at those sentences.
          afterSummary={<SeenElsewhere items={report.seenBefore ?? []} sentences={report.sentences} onSelect={onSelect} />}
        />
      );
  }
}

/** "fr" → "French"; null when the code names no language we can spell out. */
function languageName(code: string): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? name : `“${code}”`;
  } catch {
    return `“${code}”`;
  }
}
