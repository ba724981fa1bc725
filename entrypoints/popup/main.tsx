import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Popup } from '@/components/popup/Popup';
import { sendMessage } from '@/utils/messages';
import type { PageReport } from '@/utils/report';
import { targetTabId } from '@/utils/target-tab';
import './style.css';

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    (async () => {
      const id = await targetTabId();
      if (id == null) return setUnreachable(true);
      setTabId(id);
      try {
        setReport(await sendMessage('getReport', undefined, id));
      } catch {
        // No content script answers on browser pages, store pages and PDFs.
        setUnreachable(true);
      }
    })();
  }, []);

  const onSelect = (index: number) => {
    if (tabId != null) sendMessage('scrollToSentence', index, tabId).catch(() => {});
  };
  return <Popup report={report} unreachable={unreachable} onSelect={onSelect} />;
}

render(<App />, document.getElementById('app')!);
