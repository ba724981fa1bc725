// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ClaimStatus } from '@/utils/analysis/types';
import { createReaderControls, type ControlledSession, type ReaderControls } from '@/utils/reader-controls';
import type { PageReport } from '@/utils/report';
import { DEFAULT_SETTINGS, settingsItem, updateSettings } from '@/utils/settings';
import { HARBOUR_REPORT } from './fixtures/harbour';

/** A stand-in for the page session that records what the controls asked of it. */
class RecordingSession implements ControlledSession {
  report: PageReport = { state: 'error', url: '', message: 'not analysed' };
  highlightsVisible = true;
  painted: readonly ClaimStatus[] | null = null;
  setVisible(v: boolean) {
    this.highlightsVisible = v;
  }
  setPaintedStatuses(s: readonly ClaimStatus[] | null) {
    this.painted = s;
  }
}

let controls: ReaderControls | null = null;
const start = (hostname = 'news.harbour.example', lazy = false, verdict: PageReport = HARBOUR_REPORT, anyway: PageReport = HARBOUR_REPORT) => {
  const session = new RecordingSession();
  const analyse = vi.fn(async () => (session.report = verdict));
  const readAnyway = vi.fn(async () => (session.report = anyway));
  const showBadge = vi.fn();
  controls = createReaderControls({ session, analyse, readAnyway, showBadge, hostname, doc: document, lazy });
  return { session, analyse, readAnyway, showBadge, controls };
};
const NOT_ARTICLE: PageReport = { state: 'not-article', url: 'https://news.harbour.example/list', reason: 'This page does not look like a news article.' };
/** Resolves once the controls have applied the stored settings (every answer waits for that). */
const settled = () => controls!.getState(false);

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  controls?.dispose();
  vi.restoreAllMocks();
});

describe('reader controls on a page the first look rejected (lazy)', () => {
  it('reads no settings and analyses nothing until started', async () => {
    const read = vi.spyOn(settingsItem, 'getValue');
    const { analyse } = start('news.harbour.example', true);
    await new Promise((r) => setTimeout(r, 20));
    expect(read).not.toHaveBeenCalled();
    expect(analyse).not.toHaveBeenCalled();
    await controls!.start();
    expect(read).toHaveBeenCalledOnce();
    expect(analyse).toHaveBeenCalledOnce();
  });

  it('answers the popup by reading the settings then, as an eager page would', async () => {
    const { analyse } = start('news.harbour.example', true);
    expect(await controls!.getState(false)).toEqual({ report: HARBOUR_REPORT, blocked: false, highlightsVisible: true });
    expect(analyse).toHaveBeenCalledOnce();
  });

  it('still never reads a blocked site once woken', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockedSites: ['harbour.example'] });
    const { analyse } = start('news.harbour.example', true);
    await controls!.start();
    expect(analyse).not.toHaveBeenCalled();
  });
});

describe('reader controls in the content script', () => {
  it('analyses at once in automatic mode, and reports the badge', async () => {
    const { analyse, showBadge } = start();
    const state = await settled();
    expect(analyse).toHaveBeenCalledOnce();
    expect(showBadge).toHaveBeenCalledWith(HARBOUR_REPORT);
    expect(state).toEqual({ report: HARBOUR_REPORT, blocked: false, highlightsVisible: true });
  });

  it('never reads a blocked site, subdomains included, even when asked', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockedSites: ['harbour.example'] });
    const { analyse } = start('news.harbour.example');
    expect(await controls!.getState(true)).toEqual({ report: null, blocked: true, highlightsVisible: false });
    expect(await controls!.toggle()).toBe(false);
    expect(analyse).not.toHaveBeenCalled();
  });

  it('in "on request" mode waits for the popup or the shortcut', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mode: 'on-request' });
    const { analyse } = start();
    expect((await settled()).report).toBeNull();
    expect(analyse).not.toHaveBeenCalled();
    // The shortcut is a request: the first press analyses and shows.
    expect(await controls!.toggle()).toBe(true);
    expect(analyse).toHaveBeenCalledOnce();
    expect(await controls!.toggle()).toBe(false);
    expect(analyse).toHaveBeenCalledOnce();
  });

  it('applies changed settings live: statuses, then blocking the open site, then unblocking it', async () => {
    const { session, showBadge } = start();
    await settled();
    await updateSettings({ paintedStatuses: ['disputed', 'alleged'] });
    await vi.waitFor(() => expect(session.painted).toEqual(['alleged', 'disputed']));
    await updateSettings({ blockedSites: ['harbour.example'] });
    await vi.waitFor(() => expect(session.highlightsVisible).toBe(false));
    expect(showBadge).toHaveBeenLastCalledWith(null);
    await updateSettings({ blockedSites: [] });
    await vi.waitFor(() => expect(session.highlightsVisible).toBe(true));
    expect(showBadge).toHaveBeenLastCalledWith(HARBOUR_REPORT);
  });

  it('starts the analysis when the reader switches an open tab to automatic', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mode: 'on-request' });
    const { analyse } = start();
    await settled();
    await updateSettings({ mode: 'automatic' });
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledOnce());
  });

  it('falls back to the defaults when storage cannot be read, rather than never answering', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValueOnce(new Error('storage unavailable'));
    const { analyse } = start();
    expect((await settled()).report).toEqual(HARBOUR_REPORT);
    expect(analyse).toHaveBeenCalledOnce();
  });

  it('answers the popup switch with the new visibility', async () => {
    const { session } = start();
    await settled();
    expect(await controls!.setVisible(false)).toBe(false);
    expect(session.highlightsVisible).toBe(false);
    expect((await settled()).highlightsVisible).toBe(false);
  });
});

describe('reading a page judged not an article anyway', () => {
  it('reads it when the popup asks, and answers with what it found', async () => {
    const { analyse, readAnyway, showBadge } = start('news.harbour.example', false, NOT_ARTICLE);
    expect((await controls!.getState(false)).report).toEqual(NOT_ARTICLE);
    expect(readAnyway).not.toHaveBeenCalled();
    const state = await controls!.readAnyway();
    expect(analyse).toHaveBeenCalledOnce();
    expect(readAnyway).toHaveBeenCalledOnce();
    expect(state).toEqual({ report: HARBOUR_REPORT, blocked: false, highlightsVisible: true });
    expect(showBadge).toHaveBeenLastCalledWith(HARBOUR_REPORT);
  });

  it('reads it when the shortcut is pressed, on a page the first look rejected, and shows the highlights', async () => {
    const { session, readAnyway } = start('news.harbour.example', true, NOT_ARTICLE);
    session.highlightsVisible = false;
    expect(await controls!.toggle()).toBe(true);
    expect(readAnyway).toHaveBeenCalledOnce();
    expect(session.report).toEqual(HARBOUR_REPORT);
  });

  it('does not ask again once a read anyway found nothing, and never reads an article "anyway"', async () => {
    const nothing: PageReport = { ...NOT_ARTICLE, reason: 'Nothing to read.', anyway: true };
    const { readAnyway } = start('news.harbour.example', false, NOT_ARTICLE, nothing);
    await controls!.readAnyway();
    await controls!.toggle();
    await controls!.readAnyway();
    expect(readAnyway).toHaveBeenCalledOnce();
    controls!.dispose();
    const other = start();
    await controls!.readAnyway();
    expect(other.readAnyway).not.toHaveBeenCalled();
  });

  it('never reads a blocked site, even when asked to read it anyway', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, blockedSites: ['harbour.example'] });
    const { analyse, readAnyway } = start('news.harbour.example', false, NOT_ARTICLE);
    expect((await controls!.readAnyway()).blocked).toBe(true);
    await controls!.toggle();
    expect(analyse).not.toHaveBeenCalled();
    expect(readAnyway).not.toHaveBeenCalled();
  });
});
