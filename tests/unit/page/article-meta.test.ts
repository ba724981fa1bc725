import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleMeta } from '../../../utils/page/article-meta';

/** The claim library's record of an article, read from its markup (over linkedom, as the CLI and tests use). */
const doc = (head: string, body = '<article><h1>Lanterns return to Ferrow Quay</h1><p>Text.</p></article>') =>
  parseHTML(`<!DOCTYPE html><html><head><title>Lanterns return | Ferrow Gazette</title>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('articleMeta', () => {
  it('reads Open Graph and article:published_time, and drops the fragment from the URL', () => {
    const d = doc('<meta property="og:site_name" content="Ferrow Gazette"><meta property="article:published_time" content="2026-05-03T09:15:00+01:00">');
    expect(articleMeta(d, 'https://www.ferrow.example/news/lanterns?ref=home#comments', 'Lanterns return to Ferrow Quay')).toEqual({
      url: 'https://www.ferrow.example/news/lanterns?ref=home',
      title: 'Lanterns return to Ferrow Quay',
      site: 'Ferrow Gazette',
      date: '2026-05-03T09:15:00+01:00',
    });
  });

  it('falls back to JSON-LD (publisher name, datePublished, inside @graph)', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle', datePublished: '2026-05-04', publisher: { '@type': 'Organization', name: 'Quayside Daily' } }] });
    const d = doc(`<script type="application/ld+json">${ld}</script>`);
    expect(articleMeta(d, 'https://quayside.example/a', null)).toMatchObject({ site: 'Quayside Daily', date: '2026-05-04' });
  });

  it('falls back to <time datetime>, the host name and the document title', () => {
    const d = doc('', '<article><p>By A. Writer, <time datetime="2026-05-05">5 May</time></p></article>');
    expect(articleMeta(d, 'https://www.ferrow.example/b', null)).toEqual({
      url: 'https://www.ferrow.example/b',
      title: 'Lanterns return | Ferrow Gazette',
      site: 'ferrow.example',
      date: '2026-05-05',
    });
  });

  it('gives no date rather than a wrong one, and survives broken JSON-LD', () => {
    const d = doc('<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="soon">');
    expect(articleMeta(d, 'https://ferrow.example/c', 'T').date).toBeNull();
  });

  it('bounds what a hostile page can put in the site name, and collapses its whitespace', () => {
    const d = doc(`<meta property="og:site_name" content="  Ferrow \n  ${'x'.repeat(5000)}">`);
    const { site } = articleMeta(d, 'https://ferrow.example/d', 'T');
    expect(site.length).toBe(200);
    expect(site.startsWith('Ferrow x')).toBe(true);
  });

  it('keeps a non-URL as given (the library refuses it later)', () => {
    expect(articleMeta(doc(''), 'about:blank#x', 'T').url).toBe('about:blank');
    expect(articleMeta(doc(''), 'not a url', 'T')).toMatchObject({ url: 'not a url', site: '' });
  });

  it('finds microdata and JSON-LD in the body, and takes the first meta tag in document order', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', publisher: { name: 'Quayside Daily' } });
    const d = doc(
      '<meta property="article:published_time" content=" "><meta name="other" content="x">',
      `<article><meta itemprop="datePublished" content="2026-05-06"><meta itemprop="datePublished" content="2026-05-07"><script type="application/ld+json">${ld}</script><p>Text.</p></article>`,
    );
    expect(articleMeta(d, 'https://quayside.example/e', 'T')).toMatchObject({ site: 'Quayside Daily', date: '2026-05-06' });
  });
});
