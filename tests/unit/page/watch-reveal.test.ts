// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '@/utils/page/watch';

const hiddenBody = (text: string) => {
  document.documentElement.className = 'loading';
  document.body.innerHTML = `<main><p id="body">${text}</p></main>`;
  return document.getElementById('body')!;
};
/** The page's rule, as its stylesheet would apply it: nothing shows while <html> is loading. */
const isVisible = () => !document.documentElement.classList.contains('loading');
const LONG = 'The council said on Tuesday that the bridge would reopen in June, after repairs. '.repeat(4);

let watcher: PageWatcher | null = null;
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});

/** Lets the observer's records arrive, then runs the watcher's debounce to its end. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(10);
  await vi.advanceTimersByTimeAsync(3000);
}

describe('watching hidden text for its reveal', () => {
  it('re-runs once a class change on <html> shows the body: no text mutation needed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = hiddenBody(LONG);
    const onChange = vi.fn();
    watcher = new PageWatcher(document, () => false, onChange);
    watcher.start();
    watcher.watchReveals([el], isVisible);
    document.body.className = 'scrolled';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    document.documentElement.classList.remove('loading');
    await settle();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('does not watch hidden text too short to be a body (icons, tooltips)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const el = hiddenBody('Tip');
    const onChange = vi.fn();
    watcher = new PageWatcher(document, () => false, onChange);
    watcher.start();
    watcher.watchReveals([el], isVisible);
    document.documentElement.classList.remove('loading');
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
