import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { precheck } from '@/utils/page/precheck';

const doc = (body: string) => parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;

describe('the cheap first look', () => {
  it('lets a page with paragraphs of prose through', () => {
    expect(precheck(doc(`<p>${'Words of an article, at length. '.repeat(8)}</p>`.repeat(3))).go).toBe(true);
  });

  it('lets a declared article set in <div>s through', () => {
    expect(precheck(doc(`<article><div>${'Words of an article, at length. '.repeat(40)}</div></article>`)).go).toBe(true);
  });

  it('lets a body set in <div>s through when its container is named like one', () => {
    expect(precheck(doc(`<div id="wrap"><div class="Story-Body">${'Words of an article, at length. '.repeat(40)}</div></div>`)).go).toBe(true);
    expect(precheck(doc(`<div id="wrap"><div class="sidebar">${'Words of an article, at length. '.repeat(40)}</div></div>`)).go).toBe(false);
  });

  it('stops a section front of teaser cards, even in a <main> and with a paragraph in each card', () => {
    const card = (i: number) =>
      `<div class="story-card"><a href="/${i}"><h3>Headline number ${i} about something that happened</h3><p>A summary of story ${i}, long enough to read as prose.</p></a></div>`;
    expect(precheck(doc(`<main>${Array.from({ length: 30 }, (_, i) => card(i)).join('')}</main>`)).go).toBe(false);
  });

  it('stops a page of links and a short paragraph', () => {
    const r = precheck(doc(`<ul>${'<li><a href="#">Link</a></li>'.repeat(50)}</ul><p>Welcome.</p>`));
    expect(r).toEqual({ go: false, reason: 'This page does not look like a news article.' });
  });

  it('lets a body set between <br>s through, without any <p>', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i} of the account goes on for a while. It has two sentences.<br><br>`).join('');
    expect(precheck(doc(`<nav><a href="/">Home</a></nav><div>${lines}</div>`)).go).toBe(true);
  });

  it('lets a plain-text document in <pre> through', () => {
    expect(precheck(doc(`<pre>${'A memo of some length, set as plain text. It runs on for lines. '.repeat(12)}</pre>`)).go).toBe(true);
  });

  it('lets sentence-shaped paragraphs through when each sits in a container of its own', () => {
    const step = (i: number) => `<div class="step"><p>Step ${i} explains what to do next, in a sentence or two. Then it says why it matters.</p><img src="${i}.jpg"></div>`;
    expect(precheck(doc(Array.from({ length: 8 }, (_, i) => step(i)).join(''))).go).toBe(true);
  });

  it('lets a page that declares itself an article through, whatever its body looks like', () => {
    const d = parseHTML(`<!DOCTYPE html><html><head><meta property="og:type" content="article"></head><body><div>Short.</div></body></html>`).document as unknown as Document;
    expect(precheck(d).go).toBe(true);
  });

  it('stops teaser cards whose two-sentence summaries sit inside their links', () => {
    const card = (i: number) => `<a href="/${i}"><p>Story ${i} happened today, in a town nearby. More is known now than before, say officials.</p></a>`;
    expect(precheck(doc(Array.from({ length: 20 }, (_, i) => card(i)).join(''))).go).toBe(false);
  });

  it('stops a document that is not HTML', () => {
    const d = doc('<p>x</p>');
    Object.defineProperty(d, 'contentType', { value: 'application/pdf' });
    expect(precheck(d)).toMatchObject({ go: false });
  });
});
