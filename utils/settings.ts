import { storage } from 'wxt/utils/storage';
import { CLAIM_STATUSES, type ClaimStatus } from './analysis/types';

/**
 * The reader's choices from the options page. One storage item rather than one per
 * setting, so a content script applies a change as a whole and never sees half of
 * it. Kept in `local` storage: `sync` would send the list of sites a reader
 * blocks through the browser vendor's servers, and nothing is meant to leave the
 * device.
 */
export interface ReaderSettings {
  /** `automatic`: analyse every article as it loads; `on-request`: only when the reader opens the popup or presses the shortcut. */
  mode: 'automatic' | 'on-request';
  /** Statuses painted on the page; the popup still lists every claim. */
  paintedStatuses: ClaimStatus[];
  /** Host names where Sourcelight never runs (a name also covers its subdomains). */
  blockedSites: string[];
  /** `standard` hues, or a palette chosen to stay distinct for colour-blind readers. */
  palette: 'standard' | 'colour-blind';
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  mode: 'automatic',
  paintedStatuses: [...CLAIM_STATUSES],
  blockedSites: [],
  palette: 'standard',
};

export const settingsItem = storage.defineItem<ReaderSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});

/**
 * Whether the claims of analysed articles are kept in the claim library (on by
 * default). Its own item rather than a field of ReaderSettings: only the
 * background reads it, so changing it must not wake every open tab's settings
 * watcher, and turning it off deletes nothing (the options page's "Clear all" does).
 */
export const keepClaimsItem = storage.defineItem<boolean>('local:keepClaims', { fallback: true });

/** Whether keeping claims is on; anything but an explicit `false` counts as on. */
export async function loadKeepClaims(): Promise<boolean> {
  return (await keepClaimsItem.getValue()) !== false;
}

/** Settings as stored, repaired field by field: an older or hand-edited value never breaks a page. */
export function normaliseSettings(value: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const v = value ?? {};
  return {
    mode: v.mode === 'on-request' ? 'on-request' : 'automatic',
    paintedStatuses: Array.isArray(v.paintedStatuses)
      ? CLAIM_STATUSES.filter((s) => v.paintedStatuses!.includes(s))
      : [...DEFAULT_SETTINGS.paintedStatuses],
    blockedSites: Array.isArray(v.blockedSites)
      ? [...new Set(v.blockedSites.map(normaliseSite).filter((s): s is string => !!s))]
      : [],
    palette: v.palette === 'colour-blind' ? 'colour-blind' : 'standard',
  };
}

export async function loadSettings(): Promise<ReaderSettings> {
  return normaliseSettings(await settingsItem.getValue());
}

/** Merges `change` into the stored settings; open tabs pick it up through `watchSettings`. */
export async function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the repaired settings whenever any page of the extension changes them. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}

/**
 * The host name a reader meant, from whatever they typed: "https://www.Example.com/news",
 * "*.example.com" and "example.com" all give "example.com". Null for text that
 * names no host.
 */
export function normaliseSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*\./, '');
  s = s.split(/[/?#]/, 1)[0].replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s) ? s : null;
}

/**
 * Whether Sourcelight stays off on `hostname`: a plain string comparison against
 * the list, cheap enough to run before anything reads the page.
 */
export function isBlockedHost(hostname: string, blockedSites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return blockedSites.some((site) => host === site || host.endsWith(`.${site}`));
}
