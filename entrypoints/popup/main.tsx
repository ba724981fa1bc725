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
 * so an http(s) tab is asked a few times before the popup gives up on it. A
 * message sent while the page is mid-load can also go unanswered for good, so each
 * attempt has its own deadline.
 */
const ASK_ATTEMPTS = 10;
const ASK_INTERVAL_MS = 400;
const ATTEMPT_DEADLINE_MS = 1000;
/** How often, and how many times, to ask again for the claim memory's answer. */
const MEMORY_ASK_INTERVAL_MS = 750;
const MEMORY_ASKS = 12;

const within = <T,>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer')), ms))]);

async function askPage(tabId: number): Promise<PageState | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  // Without the `tabs` permission the URL is only visible on pages we may read, and
  // not at all while a page is still loading: a loading tab is worth waiting for;
  // a loaded one with no readable URL is a browser page, a store or a file.
  const worthWaiting = tab?.status === 'loading' || /^https?:/.test(tab?.url ?? '');
  for (let attempt = 0; attempt < (worthWaiting ? ASK_ATTEMPTS : 1); attempt++) {
    try {
      // A cheap question first: is a content script there at all? (It answers at once.)
      await within(sendMessage('getReport', undefined, tabId), ATTEMPT_DEADLINE_MS);
    } catch {
      await new Promise((r) => setTimeout(r, ASK_INTERVAL_MS));
      continue;
    }
    // Then the real one, with no deadline: a long article may take a while to analyse.
    return sendMessage('getState', { analyse: true }, tabId).catch(() => null);
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

  // The claim memory answers after the highlights are painted, and seconds later
  // when the background has just woken and is reading its library: until the
  // report carries `seenBefore`, ask again so "Seen elsewhere" fills in.
  const awaitingMemory = article != null && article.seenBefore === undefined;
  useEffect(() => {
    if (!awaitingMemory || tabId == null) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > MEMORY_ASKS) return clearInterval(timer);
      sendMessage('getState', { analyse: false }, tabId)
        .then((page) => {
          const next = page?.report;
          if (next?.state === 'article' && next.seenBefore !== undefined) setData({ kind: 'page', page });
        })
        .catch(() => {});
    }, MEMORY_ASK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [awaitingMemory, tabId]);

  return (
    <Popup
      data={data}
      shortcut={shortcut}
      onSelect={(index) => (tabId == null ? Promise.resolve(false) : sendMessage('scrollToSentence', index, tabId).catch(() => false))}
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
      onReadAnyway={async () => {
        if (tabId == null || data.kind !== 'page') return;
        const before = data.page;
        setData({ kind: 'page', page: { ...before, report: null } });
        const page = await sendMessage('readAnyway', undefined, tabId).catch(() => null);
        setData({ kind: 'page', page: page ?? before });
      }}
    />
  );
}

render(<App />, document.getElementById('app')!);
