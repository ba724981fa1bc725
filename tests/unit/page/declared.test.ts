import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaresArticle } from '@/utils/page/declared';

const doc = (head: string, body = '<p>Hello.</p>') =>
  parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('what a publisher declares', () => {
  it('reads og:type=article and a publication time as an article', () => {
    expect(declaresArticle(doc('<meta property="og:type" content="article">'))).toBe(true);
    expect(declaresArticle(doc('<meta property="article:published_time" content="2024-03-01T10:00:00Z">'))).toBe(true);
  });

  it('does not take another og:type, or an empty publication time, for one', () => {
    expect(declaresArticle(doc('<meta property="og:type" content="website">'))).toBe(false);
    expect(declaresArticle(doc('<meta property="article:published_time" content="  ">'))).toBe(false);
  });

  it('reads schema.org article types from JSON-LD, in arrays and graphs, without running it', () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    expect(declaresArticle(doc(ld('{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}')))).toBe(true);
    expect(declaresArticle(doc(ld('{"@graph":[{"@type":"WebSite"},{"@type": ["Thing", "BlogPosting"]}]}')))).toBe(true);
    expect(declaresArticle(doc(ld('{"@type":"Product","name":"A kettle"}')))).toBe(false);
    expect(declaresArticle(doc(ld('not json at all')))).toBe(false);
  });

  it('reads a microdata article body in the page', () => {
    expect(declaresArticle(doc('', '<div itemprop="articleBody"><p>Text.</p></div>'))).toBe(true);
  });

  it('says nothing for a page that declares nothing', () => {
    expect(declaresArticle(doc('<title>Shop</title>'))).toBe(false);
  });
});

describe("a post's own permalink", () => {
  const head = '<link rel="canonical" href="https://blog.example/2024/01/02/a-short-note/">';
  it('reads a page whose canonical address is the permalink of the post on it as an article', () => {
    expect(declaresArticle(doc(head, '<li class="post"><h2><a href="https://blog.example/2024/01/02/a-short-note" rel="bookmark">A short note</a></h2><p>Two lines.</p></li>'))).toBe(true);
  });

  it('does not read a front page whose permalinks lead to other pages, nor a permalink without a canonical address', () => {
    const front = Array.from({ length: 5 }, (_, i) => `<h2><a href="https://blog.example/2024/01/0${i + 3}/post-${i}/" rel="bookmark">Post ${i}</a></h2>`).join('');
    expect(declaresArticle(doc('<link rel="canonical" href="https://blog.example/">', front))).toBe(false);
    expect(declaresArticle(doc('', '<a href="https://blog.example/2024/01/02/a-short-note/" rel="bookmark">A short note</a>'))).toBe(false);
  });
});
