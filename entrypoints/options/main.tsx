import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClaimMemorySection } from '@/components/options/ClaimMemorySection';
import { Options } from '@/components/options/Options';
import { loadSettings, updateSettings, watchSettings, type ReaderSettings } from '@/utils/settings';
import './style.css';

/** Shortcuts are changed in the browser's own settings page, which differs by browser. */
function editShortcut() {
  // Firefox 137+ opens its page itself; Chrome lets an extension open chrome://extensions/shortcuts.
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function App() {
  const [settings, setSettings] = useState<ReaderSettings | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'toggle-highlights')?.shortcut || null))
      .catch(() => {});
    // Another options tab (or a future popup control) may change them too.
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <Options
      settings={settings}
      onChange={(change) => void updateSettings(change).then(setSettings)}
      shortcut={shortcut}
      onEditShortcut={editShortcut}
      claimMemory={<ClaimMemorySection />}
    />
  );
}

render(<App />, document.getElementById('app')!);
