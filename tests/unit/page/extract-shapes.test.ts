import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/page/extract';
import { page, paras } from './node-page';

/** Text blocks judged by their own shape: lines, citations. */
describe('extractArticle: blocks weighed by the shape of their text', () => {
  it('reads a short open letter, not the long table of its signatories that follows it', () => {
    const names = Array.from({ length: 70 }, (_, i) => `<strong>Signer Number${i}</strong>, <span>College ${i % 7}</span>`);
    const doc = page(`<div class="page"><div class="letter-body">
      ${paras(6)}
      <table><tr><td>${names.slice(0, 35).join('<br>\n')}</td><td>${names.slice(35).join('<br>\n')}</td></tr></table>
    </div></div>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 1 tells');
    expect(ex?.text).toContain('Paragraph 6 tells');
  });

  it('still reads a body that is only a list of lines (a changelog)', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `+ Added item number ${i} to the game`);
    const doc = page(`<div id="posts"><h3>Version 2 notes</h3><p>${lines.join('<br>')}</p></div>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('+ Added item number 0');
    expect(ex?.text).toContain('+ Added item number 59');
  });

  it('reads a paper\'s abstract, not its longer bibliography, and never the bibliography as body', () => {
    const refs = Array.from({ length: 30 }, (_, i) =>
      i % 4 === 3
        ? `<li><p>Author${i} B, Other C. A plain review of topic ${i}, with notes. 2011.</p></li>`
        : `<li><p>Author${i} B, Other C. A study of topic ${i} in a population of patients. J Some Med. 20${10 + (i % 9)};${i + 3}(2):${100 + i}-${120 + i}.</p></li>`,
    );
    const doc = page(`<article>
      <section class="abstract"><h2>Abstract</h2>
        <p>Purpose: this review sums up what is known about the topic, and why it matters to the reader who treats it.</p>
        <p>Methods: the authors searched two databases for reports of cases, and read every one of them in full, twice over.</p>
        <p>Findings: the most common causes are three, and each of them is described below in turn, at some length, with the evidence for it and against it.</p>
        <p>Summary: the condition is serious, and it should be considered in every patient who starts a new drug, since it can be fatal when it is missed.</p>
      </section>
      <section class="refs"><h2>References</h2><ol>${refs.join('\n')}</ol></section>
    </article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Purpose: this review');
    expect(ex?.text).toContain('Summary: the condition');
    expect(ex?.text).not.toMatch(/Author\d+ B/);
  });

  it('keeps a paragraph that mentions a year and numbers in running prose', () => {
    const doc = page(`<article>${paras(3)}<p>In 2019, 5 of the 12 members voted for it; 7 were against, and the vote (taken at 10:30) stood.</p>${paras(2, 4)}</article>`);
    expect(extractArticle(doc)?.text).toContain('In 2019, 5 of the 12 members');
  });

  it('leaves out a dialog box of disclosures that is set in the page without its stylesheet', () => {
    const notes = Array.from({ length: 6 }, (_, i) => `<p>Disclosure ${i}: the author reports grants, fees and holdings from several bodies, none of them related to this work.</p>`).join('');
    const doc = page(`<div class="main-col">
      <div class="article-body">${paras(6)}</div>
      <div class="modal notes-modal"><div class="modal__body">${notes}</div></div>
    </div>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toContain('Disclosure');
  });

  it("drops the publisher's closing call to subscribe or download its app, and keeps body lines that merely mention one", () => {
    const doc = page(`<article>${paras(5)}
      <p>Readers can download the new app from the council's site, the mayor said on Monday.</p>
      <p>Subscribe now to our <a href="/e">print</a> edition for the full story.</p>
      <p>For the latest stories and breaking news download our apps for <a href="/i">phones</a> and <a href="/a">tablets</a>.</p>
    </article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 5 tells');
    expect(ex?.text).toContain('Readers can download the new app');
    expect(ex?.text).not.toMatch(/Subscribe now|For the latest stories/);
  });

  it('reads a short post on its own permalink page though the page holds more text around it', () => {
    const head = '<link rel="canonical" href="https://blog.example/2024/05/06/a-small-trick/">';
    const html = `<!DOCTYPE html><html lang="en"><head><title>T</title>${head}</head><body>
      <ul><li class="post"><h2><a href="https://blog.example/2024/05/06/a-small-trick/" rel="bookmark">A small trick</a></h2>
        <div class="entry"><p>Can't help sharing this small trick, which shows how the runtime keeps small numbers around.</p>
        <pre>x = 1\ny = x + 1, print(y), done.</pre>
        <p>Note that on older versions the trick works on a different offset, as readers pointed out.</p></div></li>
      <li class="post"><form><p>Comment moderation is on, so it may take a while before your comment shows up here.</p></form></li></ul>
      <div class="side"><p>About the author of this blog, who writes about programs, puzzles and more, since long ago.</p></div>
      <div class="foot"><p>Copyright, the author, all rights reserved, for the whole of this site and its posts.</p></div>
    </body></html>`;
    const { document } = parseHTML(html);
    const ex = extractArticle(document as unknown as Document);
    expect(ex?.text).toContain("Can't help sharing");
    expect(ex?.text).toContain('Note that on older versions');
    expect(ex?.text).not.toContain('Copyright');
  });

  it('leaves out an author card the publisher marks up as the author (itemprop="author"), bio and all', () => {
    const doc = page(`<article><div class="entry-content">${paras(6)}
      <div class="box"><section class="card" itemprop="author" itemscope itemtype="https://schema.org/Person">
        <div class="name">Ann Writer</div>
        <div class="about">I'm Ann and I'm so glad you stopped by! My blog is full of ideas, tips and plans, and so much more.</div>
      </section></div>
    </div></article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toContain("I'm Ann");
  });

  it('keeps the short items of a list whose text sits in a paragraph of its own (a recipe\'s ingredients)', () => {
    const items = ['120g flat noodles', '1 block of tofu, diced', 'Some green vegetables'].map((t) => `<li><span class="tick"></span><p>${t}</p></li>`).join('');
    const doc = page(`<article>${paras(5)}<div class="recipe"><h3>Ingredients</h3><ul>${items}</ul></div></article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('120g flat noodles');
    expect(ex?.text).toContain('Some green vegetables');
  });

  it('leaves out a "Keep reading" box set between the paragraphs, and keeps a paragraph that only starts like one', () => {
    const doc = page(`<article>${paras(3)}
      <div class="callout"><div role="heading">Keep Reading</div><figure><noscript>&lt;img alt="an illustration" src="https://img.example/${'a'.repeat(500)}.jpg"&gt;</noscript></figure>
        <div role="heading">The latest on <a href="/topic">gardening</a>, from seeds and soil to sheds, tools, ponds and much more</div></div>
      ${paras(3, 4)}
      <p>Read more about the council's plans in the report it published on Monday, which runs to ninety pages.</p>
    </article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Paragraph 6 tells');
    expect(ex?.text).not.toMatch(/Keep Reading|from seeds and soil/);
    expect(ex?.text).toContain("Read more about the council's plans");
  });

  it('drops a label line around a file path, and keeps short lines in scripts written without spaces', () => {
    const doc = page(`<article>${paras(5)}
      <div><b>Files</b>: <tt>demo-pack-language3/network/01-simple-request/main.xml</tt></div>
      <div>这是一个没有空格的很长的中文句子它不应该因为没有空格而被当成标签删除掉因为它是正文的一部分内容很多很多而且这一行还要更长一些才能超过六十个字符的限制</div>
    </article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).not.toContain('main.xml');
    expect(ex?.text).toContain('这是一个没有空格');
  });

  it('reads a table set in a <figure> (a fee table), and still leaves out an image figure and its caption', () => {
    const doc = page(`<article>${paras(5)}
      <figure class="table-block"><table><tr><th>Account</th><th>Fees</th></tr><tr><td>Wire transfer</td><td>Free deposit, 2 EUR withdrawal</td></tr></table></figure>
      <figure><img src="x.jpg"><figcaption>A photo of the office, taken on a rainy day in the spring.</figcaption></figure>
    </article>`);
    const ex = extractArticle(doc);
    expect(ex?.text).toContain('Free deposit, 2 EUR withdrawal');
    expect(ex?.text).not.toContain('A photo of the office');
  });
});
