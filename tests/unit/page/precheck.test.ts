import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { precheck } from '@/utils/page/precheck';

const doc = (body: string) => parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;

describe('the cheap first look', () => {
  it('lets a page with paragraphs of prose through', () => {
    expect(precheck(doc(`<p>${'Words of an article, at length. '.repeat(20)}</p>`)).go).toBe(true);
  });

  it('lets a declared article set in <div>s through', () => {
    expect(precheck(doc(`<article><div>${'Words of an article, at length. '.repeat(40)}</div></article>`)).go).toBe(true);
  });

  it('lets a body set in <div>s through when its container is named like one', () => {
    expect(precheck(doc(`<div id="wrap"><div class="Story-Body">${'Words of an article, at length. '.repeat(40)}</div></div>`)).go).toBe(true);
    expect(precheck(doc(`<div id="wrap"><div class="sidebar">${'Words of an article, at length. '.repeat(40)}</div></div>`)).go).toBe(false);
  });

  it('stops a page of links and a short paragraph', () => {
    const r = precheck(doc(`<ul>${'<li><a href="#">Link</a></li>'.repeat(50)}</ul><p>Welcome.</p>`));
    expect(r).toEqual({ go: false, reason: 'This page does not look like a news article.' });
  });

  it('stops a document that is not HTML', () => {
    const d = doc('<p>x</p>');
    Object.defineProperty(d, 'contentType', { value: 'application/pdf' });
    expect(precheck(d)).toMatchObject({ go: false });
  });
});
