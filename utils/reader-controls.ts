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
  /**
   * Reads the page although it was judged not an article (the reader's "read it
   * anyway"), and resolves when painted; never on a blocked site.
   */
  readAnyway: () => Promise<PageReport>;
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
  /**
   * Flips the highlights, analysing first if the page has not been read; on a
   * page judged not an article, reads it anyway (the shortcut is the request).
   */
  toggle(): Promise<boolean>;
  /** Reads a page judged not an article anyway; answers the page's state after. */
  readAnyway(): Promise<PageState>;
  /** Reads and applies the settings if not yet done (in automatic mode that starts the analysis). */
  start(): Promise<void>;
  dispose(): void;
}

/**
 * The reader's settings applied to one page: the blocklist is checked before the
 * page is read at all, "on request" mode waits for the popup or the shortcut, and
 * changes made on the options page reach the open tab as they happen.
 */
export function createReaderControls({ session, analyse, readAnyway, showBadge, hostname, doc, lazy = false }: ReaderControlsOptions): ReaderControls {
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
  /** Reads the page anyway when it was judged not an article (and not yet read anyway); resolves when done. */
  const readDespiteVerdict = async (): Promise<void> => {
    await analysis;
    const report = session.report;
    if (blocked() || report.state !== 'not-article' || report.anyway) return;
    analysed = true;
    analysis = readAnyway().then(showBadge);
    await analysis;
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
      else if (session.report.state !== 'not-article') session.setVisible(!session.highlightsVisible);
      // Pressed on a page judged not an article: the reader wants it read.
      if (session.report.state === 'not-article') {
        await readDespiteVerdict();
        session.setVisible(true);
      }
      return session.highlightsVisible;
    },
    async readAnyway(): Promise<PageState> {
      await start();
      if (!blocked()) {
        await ensureAnalysed();
        await readDespiteVerdict();
      }
      return {
        report: analysed ? session.report : null,
        blocked: blocked(),
        highlightsVisible: analysed && !blocked() && session.highlightsVisible,
      };
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
  onMessage('readAnyway', () => controls.readAnyway());
  return controls;
}
