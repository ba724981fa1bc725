// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '@/utils/page/session';

/**
 * A page the first look rejects is watched without being read, and wakes its
 * owner once it becomes an article (late content, a single-page app).
 */
const PROSE = [
  'The ferry operator said on Friday that the winter timetable would begin a week early this year.',
  'Passengers on the northern route have complained for months about cancelled crossings and long queues.',
  'A spokesperson for the port authority said the repairs to the main slipway were finished ahead of schedule.',
  'Local councillors welcomed the change but asked for a review of fares before the summer season starts.',
  'The operator expects the new vessel to enter service in March, according to a statement on its website.',
];

let session: PageSession | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const neverAnalyse = () => Promise.reject(new Error('a waiting page is not analysed'));

describe('PageSession waiting for an article', () => {
  it('wakes its owner once, after the page grows an article', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><main><h1>Loading…</h1></main>';
    session = new PageSession(document, { analyse: neverAnalyse, cards: false });
    const wake = vi.fn();
    session.watchForArticle('This page does not look like a news article.', wake);
    const article = document.createElement('article');
    for (const p of PROSE) article.append(Object.assign(document.createElement('p'), { textContent: p }));
    document.querySelector('main')!.append(article);
    await vi.waitFor(() => expect(wake).toHaveBeenCalledOnce(), { timeout: 3000, interval: 50 });
    // More content after waking does not wake it again.
    article.append(Object.assign(document.createElement('p'), { textContent: PROSE[0] }));
    await new Promise((r) => setTimeout(r, 500));
    expect(wake).toHaveBeenCalledOnce();
    // Never run, nothing read: the first look's answer stands.
    expect(session.report).toMatchObject({ state: 'not-article', reason: 'This page does not look like a news article.' });
  });

  it('does not wake for changes that leave the page a non-article', async () => {
    document.body.innerHTML = '<ul id="links"></ul>';
    session = new PageSession(document, { analyse: neverAnalyse, cards: false });
    const wake = vi.fn();
    session.watchForArticle('This page does not look like a news article.', wake);
    const list = document.getElementById('links')!;
    for (let i = 0; i < 20; i++) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: `/story/${i}`, textContent: `A headline about the harbour, number ${i}` }));
      list.append(li);
    }
    await new Promise((r) => setTimeout(r, 600));
    expect(wake).not.toHaveBeenCalled();
  });
});
