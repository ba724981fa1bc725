import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options } from '@/components/options/Options';
import { loadSettings, updateSettings, watchSettings, type ReaderSettings } from '@/utils/settings';
import './style.css';

function App() {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    // Another options tab (or a future popup control) may change them too.
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;
  return <Options settings={settings} onChange={(change) => void updateSettings(change).then(setSettings)} />;
}

render(<App />, document.getElementById('app')!);
