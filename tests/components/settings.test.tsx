import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CLAIM_STATUSES } from '@/utils/analysis/types';
import { DEFAULT_SETTINGS, isBlockedHost, loadSettings, normaliseSettings, normaliseSite, settingsItem, updateSettings, watchSettings } from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('site names', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/news/story?id=1#top', 'example.com'],
    ['*.example.co.uk', 'example.co.uk'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['news.example.com.', 'news.example.com'],
  ])('%j names %j', (input, site) => expect(normaliseSite(input)).toBe(site));

  it.each(['', '   ', 'not a site', 'exa mple.com', 'https://', '..'])('%j names no site', (input) => expect(normaliseSite(input)).toBeNull());

  it('blocks a site and its subdomains, and nothing that merely ends in the same letters', () => {
    const list = ['example.com'];
    expect(isBlockedHost('example.com', list)).toBe(true);
    expect(isBlockedHost('news.Example.com', list)).toBe(true);
    expect(isBlockedHost('example.com.', list)).toBe(true);
    expect(isBlockedHost('badexample.com', list)).toBe(false);
    expect(isBlockedHost('example.com.evil.org', list)).toBe(false);
    expect(isBlockedHost('example.com', [])).toBe(false);
  });
});

describe('stored settings', () => {
  it('defaults to automatic highlighting of every status, no blocked site, the standard palette', async () => {
    expect(await loadSettings()).toEqual({ mode: 'automatic', paintedStatuses: [...CLAIM_STATUSES], blockedSites: [], palette: 'standard' });
  });

  it('repairs a damaged or older value field by field', () => {
    const repaired = normaliseSettings({
      mode: 'sometimes' as never,
      paintedStatuses: ['opinion', 'nonsense', 'confirmed'] as never,
      blockedSites: ['https://www.example.com/a', 'example.com', 'not a site'],
      palette: 'rainbow' as never,
    });
    expect(repaired).toEqual({ mode: 'automatic', paintedStatuses: ['confirmed', 'opinion'], blockedSites: ['example.com'], palette: 'standard' });
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ paintedStatuses: 'all' as never }).paintedStatuses).toEqual([...CLAIM_STATUSES]);
  });

  it('keeps a deliberate empty list of painted statuses', () => {
    expect(normaliseSettings({ paintedStatuses: [] }).paintedStatuses).toEqual([]);
  });

  it('merges a change, stores it in local storage, and tells watchers', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await updateSettings({ mode: 'on-request' });
    await updateSettings({ blockedSites: ['Example.com'] });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, mode: 'on-request', blockedSites: ['example.com'] });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(await settingsItem.getValue());
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, mode: 'on-request', blockedSites: ['example.com'] });
    unwatch();
  });
});
