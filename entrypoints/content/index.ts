import './style.css';
import { onMessage, removeAllListeners, sendMessage } from '@/utils/messages';
import { PageSession } from '@/utils/page/session';
import { articleMeta } from '@/utils/page/article-meta';
import { claimsOf, type PageReport } from '@/utils/report';
import { startReaderControls } from '@/utils/reader-controls';
import { markTiming, TIMING } from '@/utils/timing';
import { precheck } from '@/utils/page/precheck';
import { analyseInBackground } from './analyse';

/**
 * The in-page half of Sourcelight: reads the article once the page is idle
 * (or when the reader asks, in "on request" mode; never on a blocked site),
 * has the background analyse it, paints the claims, and answers the popup. Only
 * the top frame runs: frames are ads and embeds far more often than articles.
 */
/**
 * The count the badge shows. It starts at 0 because the background clears the
 * badge when a tab starts loading, so a page that is not an article never sends
 * a message (nor wakes the background) just to say "none" again; an article's
 * count travels with its claims in the recall message, which sets it.
 */
let badgeCount = 0;

/**
 * Tells the background how many claims the page holds, for the toolbar badge,
 * when that changed. The background may be restarting; the badge is a
 * convenience, so a lost message is not an error.
 */
function showBadge(report: PageReport | null): void {
  const claims = report?.state === 'article' ? claimsOf(report.sentences).length : 0;
  if (claims === badgeCount) return;
  badgeCount = claims;
  sendMessage('reportClaims', claims).catch(() => {});
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (window.top !== window) return;
    markTiming(TIMING.start); // read by npm run bench
    // The cheap first look (two native queries, nothing kept) before anything
    // else: on a page that is not an article the first run's answer is known now,
    // so it is marked now rather than after the settings' round trip and a frame.
    // The session repeats the look once settings allow a run, and only that run
    // may read further; a blocked site is still never analysed or painted.
    let doneMarked = false;
    const markDone = (state: string) => {
      if (doneMarked) return;
      doneMarked = true;
      markTiming(TIMING.done, state); // read by npm run bench and npm run pages
    };
    const first = precheck(document);
    if (!first.go) markDone('not-article');
    const session = new PageSession(document, {
      // The analyzer runs in the background; the page only reads its text and paints the answer.
      analyse: analyseInBackground,
      // Claim memory: the background matches the page's claims with the library, then keeps them.
      // The background also sets the badge from these claims (no separate message).
      recall: (report) => {
        const claims = claimsOf(report.sentences);
        badgeCount = claims.length;
        return sendMessage('recallClaims', { article: articleMeta(document, report.url, report.title), claims });
      },
      // Re-runs after the page changed (late content, infinite scroll, SPA routes) keep the badge true.
      onUpdate: showBadge,
    });
    if (first.go) session.expectRun();
    // Reader controls: the blocklist is checked before the page is analysed, "on
    // request" mode waits for the popup or the shortcut, options apply live.
    const controls = startReaderControls({
      session,
      hostname: location.hostname,
      doc: document,
      analyse: async () => {
        const report = await session.run();
        markDone(report.state);
        return report;
      },
      readAnyway: () => session.readAnyway(),
      showBadge,
      // A page the first look rejected reads no settings until it becomes an
      // article (watched below) or the reader asks: most pages never do.
      lazy: !first.go,
    });
    if (!first.go) session.watchForArticle(first.reason, () => void controls.start());
    // Single-page apps change route without loading: analyse the new article.
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.navigated());
    onMessage('getReport', () => session.report);
    onMessage('scrollToSentence', ({ data }) => session.scrollTo(data));
    ctx.onInvalidated(() => {
      removeAllListeners();
      controls.dispose();
      session.dispose();
    });
  },
});
