import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupData } from '@/components/popup/Popup';
import { downloadJson, exportDocument } from '@/utils/export/download';
import { formatMarkdown } from '@/utils/export/markdown';
import { sendMessage, type PageState } from '@/utils/messages';
import { loadSettings } from '@/utils/settings';
import { targetTabId } from '@/utils/target-tab';
import './style.css';
import './palette.css';

/**
 * The content script of a tab that is still loading answers once the page is idle,
 * so an http(s) tab is asked a few times before the popup gives up on it.
 */
const ASK_ATTEMPTS = 8;
const ASK_INTERVAL_MS = 400;

async function askPage(tabId: number): Promise<PageState | null> {
  const url = await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
  // Without the `tabs` permission the URL is only visible on pages we may read.
  const readable = !!url && /^https?:/.test(url);
  for (let attempt = 0; attempt < (readable ? ASK_ATTEMPTS : 1); attempt++) {
    try {
      return await sendMessage('getState', { analyse: true }, tabId);
    } catch {
      await new Promise((r) => setTimeout(r, ASK_INTERVAL_MS));
    }
  }
  return null;
}

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [data, setData] = useState<PopupData>({ kind: 'loading' });
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      if (id == null) return setData({ kind: 'unreachable' });
      setTabId(id);
      const page = await askPage(id);
      setData(page ? { kind: 'page', page } : { kind: 'unreachable' });
    })();
    // Swatches in the reader's palette (set before the analysis arrives, so nothing recolours later).
    void loadSettings().then((s) => (document.documentElement.dataset.palette = s.palette));
    browser.commands
      ?.getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'toggle-highlights')?.shortcut || null))
      .catch(() => {});
  }, []);

  const report = data.kind === 'page' ? data.page.report : null;
  const article = report?.state === 'article' ? report : null;

  return (
    <Popup
      data={data}
      shortcut={shortcut}
      onSelect={(index) => {
        if (tabId != null) sendMessage('scrollToSentence', index, tabId).catch(() => {});
      }}
      onToggleHighlights={async (on) => {
        if (tabId == null || data.kind !== 'page') return;
        const visible = await sendMessage('setHighlightsVisible', on, tabId).catch(() => data.page.highlightsVisible);
        setData({ kind: 'page', page: { ...data.page, highlightsVisible: visible } });
      }}
      onCopyMarkdown={async () => {
        if (!article) return;
        await navigator.clipboard.writeText(formatMarkdown(exportDocument(article), article.sentences));
      }}
      onDownloadJson={() => {
        if (article) downloadJson(article);
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app')!);
