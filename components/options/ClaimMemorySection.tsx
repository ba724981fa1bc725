import { useEffect, useState } from 'preact/hooks';
import type { LibraryStatus } from '@/utils/library/seen-before';
import { sendMessage } from '@/utils/messages';
import { keepClaimsItem, loadKeepClaims } from '@/utils/settings';
import { ClaimMemory } from './ClaimMemory';

/**
 * The "Claim memory" section wired up: the keep switch is a storage item the
 * background reads at each store; the library itself lives in the background
 * (it keeps the matching index in step), so every change goes through it by message.
 */
export function ClaimMemorySection() {
  const [keeping, setKeeping] = useState(true);
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const refresh = () =>
    sendMessage('libraryStatus', undefined)
      .then(setStatus)
      .catch(() => setStatus({ articles: [], claims: 0, maxClaims: 0 }));

  useEffect(() => {
    void loadKeepClaims().then(setKeeping);
    void refresh();
    return keepClaimsItem.watch((value) => setKeeping(value !== false));
  }, []);

  return (
    <ClaimMemory
      keeping={keeping}
      onKeepingChange={(on) => {
        setKeeping(on);
        void keepClaimsItem.setValue(on);
      }}
      status={status}
      onPin={(url, pinned) => void sendMessage('pinArticle', { url, pinned }).finally(refresh)}
      onForget={(url) => void sendMessage('forgetArticle', url).finally(refresh)}
      onClear={() => void sendMessage('clearLibrary', undefined).finally(refresh)}
      onExport={exportPack}
      onImport={async (text) => {
        const result = await sendMessage('importLibrary', text).catch(() => ({
          ok: false,
          articles: 0,
          claims: 0,
          errors: ['The claim library did not answer.'],
        }));
        await refresh();
        return result;
      }}
    />
  );
}

/** Saves the library as a claim pack through a plain download link (no `downloads` permission). */
async function exportPack(): Promise<boolean> {
  const pack = await sendMessage('exportLibrary', undefined).catch(() => null);
  if (!pack) return false;
  const url = URL.createObjectURL(new Blob([JSON.stringify(pack, null, 1)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `sourcelight-claims-${pack.exported.slice(0, 10) || 'export'}.json`;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
