import type { PageReport } from '@/utils/report';
import { ClaimList } from './ClaimList';

interface Props {
  /** null while the page is still being asked. */
  report: PageReport | null;
  /** Set when the page could not be reached at all (browser pages, the store). */
  unreachable?: boolean;
  onSelect: (index: number) => void;
}

/** The popup's whole content for one tab, one plain message per state. */
export function Popup({ report, unreachable, onSelect }: Props) {
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Sourcelight</h1>
        {report?.state === 'article' && report.title && <p class="article-title">{report.title}</p>}
      </header>
      <PopupBody report={report} unreachable={unreachable} onSelect={onSelect} />
    </main>
  );
}

function PopupBody({ report, unreachable, onSelect }: Props) {
  if (unreachable) {
    return <p class="state">Sourcelight cannot read this page. Browser pages, extension stores and local files are off limits to extensions.</p>;
  }
  if (!report) return <p class="state" role="status">Analysing the article…</p>;
  switch (report.state) {
    case 'not-article':
      return <p class="state">This page is not a news article, so there is nothing to show.</p>;
    case 'unsupported-language':
      return <p class="state">This article is not in English ({report.language}). Sourcelight reads English articles only for now.</p>;
    case 'error':
      return <p class="state state-error">{report.message}</p>;
    case 'article':
      return <ClaimList sentences={report.sentences} onSelect={onSelect} />;
  }
}
