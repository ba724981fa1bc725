import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/page/extract';
import { page, paras } from './node-page';

describe('extractArticle over a Node DOM', () => {
  it('returns the body text with headline, byline, caption, related links, newsletter and comments left out', () => {
    const doc = page(`
      <header><a href="/">Site</a></header>
      <article>
        <h1>The headline</h1>
        <p class="byline">By A. Writer, staff reporter, on Monday morning</p>
        <figure><img src="x.jpg"><figcaption>A caption that is long enough to look like a sentence, said the photographer.</figcaption></figure>
        <div class="article-body">${paras(5)}
          <div class="newsletter-signup"><p>Sign up for our newsletter, the best way, by far, to start your day.</p></div>
          <ul class="related-links"><li><a href="/1">Another story about something else entirely, with a long title</a></li></ul>
        </div>
        <section id="comments"><p>A reader comment that goes on, and on, about the story above, at length.</p></section>
      </article>
      <footer><p>Copyright, all rights reserved, and so on, for a long while.</p></footer>`);
    const ex = extractArticle(doc);
    expect(ex).not.toBeNull();
    expect(ex!.text.split('\n')).toHaveLength(5);
    expect(ex!.text).toContain('Paragraph 1 tells');
    expect(ex!.text).toContain('Paragraph 5 tells');
    expect(ex!.text).not.toMatch(/headline|A\. Writer|caption|newsletter|Another story|reader comment|Copyright/i);
  });

  it('keeps a wrapper whose class sounds like furniture when it holds most of the prose', () => {
    const doc = page(`<div class="layout-with-sidebar pg-rail"><div class="story">${paras(6)}</div></div><div class="sidebar"><p>${'Short teaser, with a comma. '.repeat(2)}</p></div>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toContain('Short teaser');
  });

  it('joins a body set in chunks between ads and embeds', () => {
    const doc = page(`<main>
      <div class="body-chunk">${paras(3, 1)}</div>
      <div class="ad-slot"><p>Advertisement</p></div>
      <div class="embed"><iframe src="about:blank"></iframe></div>
      <div class="body-chunk">${paras(3, 4)}</div>
    </main>`);
    const ex = extractArticle(doc);
    expect(ex?.text.split('\n').map((l) => l.slice(0, 11))).toEqual(['Paragraph 1', 'Paragraph 2', 'Paragraph 3', 'Paragraph 4', 'Paragraph 5', 'Paragraph 6']);
  });

  it('finds a body set in <div>s and between <br>s rather than <p>s', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Line ${i} of a body set without paragraphs, which some sites still do, sadly.`);
    const doc = page(`<div id="main"><div class="text">${lines.join('<br><br>')}</div></div>`);
    const ex = extractArticle(doc);
    expect(ex?.text.split('\n')).toEqual(lines);
  });

  it('drops link lists and boilerplate lines inside the body', () => {
    const doc = page(`<article>${paras(3)}<p>Advertisement</p><p><a href="/x">Read this other story about a completely different subject</a></p>${paras(2, 4)}</article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).not.toMatch(/Advertisement|other story/);
    expect(ex?.text.split('\n')).toHaveLength(5);
  });

  it('skips hidden markup (hidden, aria-hidden, inline display:none)', () => {
    const doc = page(`<article>${paras(6)}<p hidden>Hidden text, with commas, that nobody sees on the page.</p><p style="display: none">Also hidden, with commas, never shown to a reader.</p><p aria-hidden="true">Screen readers skip this, with commas, too.</p></article>`);
    expect(extractArticle(doc)?.text).not.toMatch(/hidden|Screen readers/i);
  });

  it('says a page without enough prose is not an article', () => {
    const doc = page(`<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/${i}">Section ${i}</a></li>`).join('')}</ul></nav><p>Welcome to the site.</p>`);
    expect(extractArticle(doc)).toBeNull();
  });

  it('collapses whitespace and keeps words split across inline elements together', () => {
    const doc = page(`<article><p>The   <a href="#">city
      council</a> <em>said</em> on <strong>Tues</strong>day that the bridge would open, eventually.</p>${paras(4)}</article>`);
    expect(extractArticle(doc)?.text.split('\n')[0]).toBe('The city council said on Tuesday that the bridge would open, eventually.');
  });

  it('reports the declared language and the title', () => {
    const ex = extractArticle(page(`<article>${paras(5)}</article>`, 'en-GB'));
    expect(ex?.declaredLanguage).toBe('en-GB');
    expect(ex?.title).toBe('T');
  });

  it('drops captions and wire credit lines but keeps subheadings and list items', () => {
    const doc = page(`<article>${paras(3)}
      <div class="img-wrap"><span>The bridge at dusk</span></div>
      <h2>What happens next</h2>
      <p><strong>A bold subheading</strong></p>
      <p>UP NEXT</p>
      <ul><li>Blue Harbour Ltd, Kent</li><li>North Quay Works, Leeds</li></ul>
      ${paras(2, 4)}
      <p>(Reporting by A. Writer; Editing by B. Editor)</p>
      <p><em>C. Reporter contributed to this report.</em></p>
    </article>`);
    const text = extractArticle(doc)!.text;
    expect(text).not.toMatch(/bridge at dusk|Reporting by|contributed to this report/);
    for (const kept of ['What happens next', 'A bold subheading', 'UP NEXT', 'Blue Harbour Ltd, Kent', 'North Quay Works, Leeds', 'Paragraph 5 tells']) {
      expect(text).toContain(kept);
    }
  });

  it("skips a label's own text but still reads the body nested under it", () => {
    const doc = page(`<article>${paras(3)}<div>Advertisement<div>${paras(3, 4)}</div></div></article>`);
    const ex = extractArticle(doc)!;
    expect(ex.roots.map((r) => r.tagName)).toEqual(['ARTICLE']);
    expect(ex.text).not.toContain('Advertisement');
    expect(ex.text).toContain('Paragraph 6 tells');
  });

  it('reads an article nested thousands of elements deep without overflowing the stack', () => {
    const doc = page('');
    let el: Element = doc.body;
    for (let i = 0; i < 5000; i++) el = el.appendChild(doc.createElement('div'));
    el.innerHTML = paras(6);
    const ex = extractArticle(doc);
    expect(ex?.text.split('\n')).toHaveLength(6);
  });

  it('keeps the word a hover card hangs on and drops the card it reveals', () => {
    const doc = page(`<article><p>Rep. <span class="rollover-people"><a href="/p">Jane Doe</a><span class="rollover-people-block"><a href="/1">Another story</a> <a href="/2">And another one, at length</a></span></span> (D-Ohio) said the vote would be close, and it was.</p>${paras(5)}</article>`);
    const first = extractArticle(doc)!.text.split('\n')[0];
    expect(first).toBe('Rep. Jane Doe (D-Ohio) said the vote would be close, and it was.');
  });

  it('keeps an <article> whose class carries the post\'s taxonomy ("category-sharing") though comments follow it', () => {
    const comments = Array.from({ length: 4 }, (_, i) => `<li class="comment"><p>Comment ${i} by a reader, who has thoughts, and shares them at length here.</p></li>`).join('');
    const doc = page(`<article class="post type-post category-sharing entry"><div class="entry-content">${paras(5)}</div></article><ol class="comment-list">${comments}</ol>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 5 tells');
    expect(ex?.text).not.toContain('Comment 1');
  });

  it('reads a body that a page builder splits into "widget" boxes, and leaves a link-list widget out', () => {
    const box = (from: number) => `<div class="builder-widget-container">${paras(4, from)}</div>`;
    const doc = page(
      `<div class="main-section">${box(1)}${box(5)}${box(9)}</div><div class="widget"><a href="/a">A link to another page on this site</a><a href="/b">Another link to yet another page</a></div>`,
    );
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 1 tells');
    expect(ex?.text).toContain('Paragraph 12 tells');
    expect(ex?.text).not.toContain('A link to another');
  });

  it('reads every page of a plain-text document set in <pre> blocks straight in the body', () => {
    const pre = (i: number) => `<pre class="page">Section ${i}. ${'This memo sets out the rules, in plain text, for a reader to follow. '.repeat(6)}</pre>`;
    const ex = extractArticle(page(`${pre(1)}${pre(2)}${pre(3)}`));
    expect(ex?.text).toContain('Section 1.');
    expect(ex?.text).toContain('Section 3.');
  });

  it('takes a short post as an article only when its publisher declares it one', () => {
    const body = '<div class="post"><p>A short note, with a comma, about a tool I like, and use daily. It does one thing well.</p><p>Here is why, in a sentence or two, and no more than that. It saves me time, every day, and it costs nothing at all.</p></div>';
    expect(extractArticle(page(body))).toBeNull();
    const declared = parseHTML(`<!DOCTYPE html><html lang="en"><head><meta property="og:type" content="article"></head><body>${body}</body></html>`).document as unknown as Document;
    expect(extractArticle(declared)?.text).toContain('A short note');
  });

  it('reads every step of a how-to whose steps sit in containers of their own', () => {
    const step = (i: number) =>
      `<section class="step"><div class="step-inner"><div class="step-text"><p>Step ${i}: put the soil in the jar, press it down with a spoon, and water it lightly so it stays damp.</p></div></div><figure><img src="${i}.jpg"></figure></section>`;
    const ex = extractArticle(page(`<nav><a href="/">Home</a></nav><div class="steps">${Array.from({ length: 6 }, (_, i) => step(i + 1)).join('')}</div>`));
    for (let i = 1; i <= 6; i++) expect(ex?.text).toContain(`Step ${i}:`);
  });

  it('reads a body split into numbered chunks ("body-1", "body-2") around an inline ad', () => {
    const doc = page(
      `<article><div class="col"><div class="story-body story-body-1">${paras(3)}</div></div><div class="ad">Advertisement</div><div class="col"><div class="story-body story-body-2">${paras(6, 4)}</div></div></article>`,
    );
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 1 tells');
    expect(ex?.text).toContain('Paragraph 9 tells');
    expect(ex?.text).not.toContain('Advertisement');
  });

  it('reads paragraphs set straight in the body after a quote, not only the quote', () => {
    const quote = `<blockquote>${paras(3, 1)}</blockquote>`;
    const ex = extractArticle(page(`<ul><li><a href="/">Home</a></li></ul>${quote}${paras(3, 4)}<p><a href="/next">Next page</a></p>`));
    expect(ex?.text).toContain('Paragraph 1 tells');
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toContain('Home');
  });

  it('keeps inline code and times inside their sentence', () => {
    const doc = page(`<article>${paras(4)}<p>Copy only <code>requirements.txt</code> first, as the guide of <time>May 2020</time> said, so the cache holds.</p></article>`);
    expect(extractArticle(doc)?.text).toContain('Copy only requirements.txt first, as the guide of May 2020 said, so the cache holds.');
  });

  it('does not take a section anchored by its heading\'s slug ("sharing-with-a-team") for a share box', () => {
    const section = (id: string, from: number) => `<div class="section" id="${id}"><h2>A heading</h2>${paras(3, from)}</div>`;
    const doc = page(`<div class="body">${section('working-alone-on-a-draft', 1)}${section('sharing-with-a-team-of-editors', 4)}</div><div class="share"><p>Share this on every network you know, with friends and family.</p></div>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toContain('Share this');
  });

  it('keeps a short line that ends after a link, and reads a short post whose longest paragraph scores best', () => {
    const doc = page(
      `<article><div class="entry"><div><p>${'For the first time in years I work on a new machine, and I like it. Most things just work, as they should. '.repeat(4)}</p><p>Like copying text from one pane to the clipboard.</p><p>As usual, <a href="/a">the manual</a> knows the answer. In short:</p></div></div></article>`,
    );
    const text = extractArticle(doc)?.text ?? '';
    expect(text).toContain('As usual, the manual knows the answer. In short:');
  });
});
