// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '@/utils/page/article-root';
import { collectBlocks } from '@/utils/page/blocks';
import { runToEnd } from '@/utils/page/schedule';

/** Pauses a walk offers (its yields), and its result. */
function pauses<T>(steps: Generator<void, T>): { count: number; value: T } {
  let count = 0;
  let r = steps.next();
  while (!r.done) {
    count++;
    r = steps.next();
  }
  return { count, value: r.value };
}

describe('the article finder on a page of thousands of blocks', () => {
  it('pauses while it weighs the blocks, not only in the census, and finds the same body', () => {
    document.body.replaceChildren();
    const article = document.createElement('article');
    for (let i = 0; i < 3000; i++) {
      const p = document.createElement('p');
      p.textContent = `Paragraph ${i} of the report, which the council published on Tuesday, says the bridge will reopen.`;
      article.appendChild(p);
    }
    document.body.appendChild(article);
    const census = pauses(collectBlocks(document.body));
    const finder = pauses(findArticleRoot(document));
    // The weighing goes over the 3,000 blocks several times: it used to run in
    // one piece after the census's last pause (20-45 ms on the 200,000-node page).
    expect(finder.count - census.count).toBeGreaterThanOrEqual(3000 / 128);
    expect(finder.value?.roots).toEqual([article]);
    expect(finder.value?.roots).toEqual(runToEnd(findArticleRoot(document))?.roots);
  });
});
