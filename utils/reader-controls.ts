import { onMessage, type PageState } from './messages';
import { applyPalette } from './palette';
import type { PageReport } from './report';
import { isBlockedHost, loadSettings, normaliseSettings, watchSettings, type ReaderSettings } from './settings';

/** The part of the page session the reader's controls drive. */
export interface ControlledSession {
  readonly report: PageReport;
  readonly highlightsVisible: boolean;
  setVisible(visible: boolean): void;
  setPaintedStatuses(statuses: ReaderSettings['paintedStatuses'] | null): void;
}

export interface ReaderControlsOptions {
  session: ControlledSession;
  /** Runs the analysis and paints (in slices: resolves when done); called at most once per page, never on a blocked site. */
  analyse: () => Promise<PageReport>;
  /** Updates the toolbar badge: the report's claims, or none (null) when the site becomes blocked. */
  showBadge: (report: PageReport | null) => void;
  hostname: string;
  doc: Document;
  /**
   * Leave the settings unread until `start()` or a request from the popup or the
   * shortcut. For a page the first look rejected: reading them (a storage round
   * trip, and the storage API's first use in the page) buys nothing there until
   * the page becomes an article or the reader asks.
   */
  lazy?: boolean;
}

/** What the popup and the shortcut can ask of a page. */
export interface ReaderControls {
  /** The page's state; `request` is the reader's request to analyse ("on request" mode). */
  getState(request: boolean): Promise<PageState>;
  /** Shows or hides the highlights; resolves to the new visibility. */
  setVisible(visible: boolean): Promise<boolean>;
  /** Flips the highlights, analysing first if the page has not been read. */
  toggle(): Promise<boolean>;
  /** Reads and applies the settings if not yet done (in automatic mode that starts the analysis). */
  start(): Promise<void>;
  dispose(): void;
}

/**
 * The reader's settings applied to one page: the blocklist is checked before the
 * page is read at all, "on request" mode waits for the popup or the shortcut, and
 * changes made on the options page reach the open tab as they happen.
 */
export function createReaderControls({ session, analyse, showBadge, hostname, doc, lazy = false }: ReaderControlsOptions): ReaderControls {
  let settings: ReaderSettings | null = null;
  let analysed = false;
  let removePalette = () => {};

  const blocked = () => !!settings && isBlockedHost(hostname, settings.blockedSites);
  let analysis: Promise<unknown> = Promise.resolve();
  /** Starts the analysis once; resolves when it has finished. */
  const ensureAnalysed = (): Promise<unknown> => {
    if (analysed || blocked()) return analysis;
    analysed = true;
    analysis = analyse().then(showBadge);
    return analysis;
  };
  const apply = (next: ReaderSettings) => {
    const previous = settings;
    const wasBlocked = blocked();
    settings = next;
    if (previous?.palette !== next.palette) {
      removePalette();
      removePalette = applyPalette(doc, next.palette);
    }
    session.setPaintedStatuses(next.paintedStatuses);
    if (blocked()) {
      // Turned off for this site while open: take the highlights away at once.
      if (analysed) {
        session.setVisible(false);
        showBadge(null);
      }
      return;
    }
    if (wasBlocked && analysed) {
      session.setVisible(true);
      showBadge(session.report);
    }
    if (next.mode === 'automatic') void ensureAnalysed();
  };

  // Settings arrive asynchronously; answers wait for them rather than come from defaults.
  // Unreadable storage falls back to the defaults rather than leaving every answer waiting on an error.
  let ready: Promise<void> | null = null;
  let unwatch = () => {};
  let disposed = false;
  const start = (): Promise<void> => {
    if (disposed) return Promise.resolve();
    if (!ready) {
      ready = loadSettings()
        .catch(() => normaliseSettings(null))
        .then(apply);
      unwatch = watchSettings(apply);
    }
    return ready;
  };
  if (!lazy) void start();

  return {
    start,
    async getState(request: boolean): Promise<PageState> {
      await start();
      if (request) await ensureAnalysed();
      else await analysis; // an analysis under way: answer with its result, not a placeholder
      return {
        report: analysed ? session.report : null,
        blocked: blocked(),
        highlightsVisible: analysed && !blocked() && session.highlightsVisible,
      };
    },
    async setVisible(visible: boolean): Promise<boolean> {
      await start();
      if (blocked()) return false;
      await ensureAnalysed();
      session.setVisible(visible);
      return session.highlightsVisible;
    },
    async toggle(): Promise<boolean> {
      await start();
      if (blocked()) return false;
      // In "on request" mode the shortcut is the request: the first press analyses and shows.
      if (!analysed) await ensureAnalysed();
      else session.setVisible(!session.highlightsVisible);
      return session.highlightsVisible;
    },
    dispose: () => {
      disposed = true;
      unwatch();
      removePalette();
    },
  };
}

/** Reader controls answering the popup's and the shortcut's messages (the content script's wiring). */
export function startReaderControls(options: ReaderControlsOptions): ReaderControls {
  const controls = createReaderControls(options);
  onMessage('getState', ({ data }) => controls.getState(data.analyse));
  onMessage('setHighlightsVisible', ({ data }) => controls.setVisible(data));
  onMessage('toggleHighlights', () => controls.toggle());
  return controls;
}
