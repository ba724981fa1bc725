import { onMessage, type PageState } from './messages';
import { applyPalette } from './palette';
import type { PageReport } from './report';
import { isBlockedHost, loadSettings, watchSettings, type ReaderSettings } from './settings';

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
}

/**
 * The reader's settings applied to one page: the blocklist is checked before the
 * page is read at all, "on request" mode waits for the popup or the shortcut, and
 * changes made on the options page reach the open tab as they happen. Also answers
 * the popup's and the shortcut's messages about the highlights.
 */
export function startReaderControls({ session, analyse, showBadge, hostname, doc }: ReaderControlsOptions): { dispose: () => void } {
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

  // Settings arrive asynchronously; messages wait for them rather than answer from defaults.
  const ready = loadSettings().then(apply);
  const unwatch = watchSettings(apply);

  onMessage('getState', async ({ data }): Promise<PageState> => {
    await ready;
    if (data.analyse) await ensureAnalysed();
    else await analysis; // an analysis under way: answer with its result, not a placeholder
    return {
      report: analysed ? session.report : null,
      blocked: blocked(),
      highlightsVisible: analysed && !blocked() && session.highlightsVisible,
    };
  });
  onMessage('setHighlightsVisible', async ({ data }) => {
    await ready;
    if (blocked()) return false;
    await ensureAnalysed();
    session.setVisible(data);
    return session.highlightsVisible;
  });
  onMessage('toggleHighlights', async () => {
    await ready;
    if (blocked()) return false;
    // In "on request" mode the shortcut is the request: the first press analyses and shows.
    if (!analysed) await ensureAnalysed();
    else session.setVisible(!session.highlightsVisible);
    return session.highlightsVisible;
  });

  return {
    dispose: () => {
      unwatch();
      removePalette();
    },
  };
}
