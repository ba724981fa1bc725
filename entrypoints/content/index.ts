import './style.css';
import { onMessage, removeAllListeners } from '@/utils/messages';
import { PageSession } from '@/utils/page/session';

/**
 * The in-page half of Sourcelight: analyses the article once the page is idle,
 * paints the claims, and answers the popup. Only the top frame runs: frames are
 * ads and embeds far more often than articles.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    if (window.top !== window) return;
    const session = new PageSession(document);
    session.run();
    onMessage('getReport', () => session.report);
    onMessage('scrollToSentence', ({ data }) => session.scrollTo(data));
    ctx.onInvalidated(() => {
      removeAllListeners();
      session.dispose();
    });
  },
});
