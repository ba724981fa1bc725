/**
 * Watches a page for changes that matter to the article: late paragraphs,
 * infinite scroll, a body replaced by a single-page app. One MutationObserver
 * for the whole document, debounced, so a page that mutates constantly (tickers,
 * rotating ads) costs one cheap filter per batch and at most one re-run per
 * quiet period.
 */

import { MARK_TAG } from './paint-fallback';

/** Our own elements: changes to them are never the page changing. */
const OURS = new Set([MARK_TAG.toUpperCase(), 'SOURCELIGHT-CARD']);
/** Added elements whose "text" is code or markup, never prose (ads inject scripts all the time). */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG']);
/** Added text shorter than this (a counter, a timestamp) does not warrant a re-run. */
const MIN_ADDED_TEXT = 25;

/**
 * Whether a batch of mutations can change the article under `root` (or, with no
 * article yet, make the page one): text edited inside it, nodes removed from it,
 * or an addition anywhere that carries real text. Cheap: it runs per batch.
 */
export function changesArticle(records: MutationRecord[], root: Element | undefined): boolean {
  for (const r of records) {
    const target = r.target;
    if (OURS.has(target.nodeName) || (target.parentNode && OURS.has(target.parentNode.nodeName))) continue;
    if (r.type === 'characterData') {
      if (root && root.contains(target)) return true;
      continue;
    }
    if (root && r.removedNodes.length && (!root.isConnected || root.contains(target))) return true;
    for (const n of Array.from(r.addedNodes)) {
      if (OURS.has(n.nodeName) || NOT_TEXT.has(n.nodeName)) continue;
      if ((n.textContent?.length ?? 0) >= MIN_ADDED_TEXT) return true;
    }
  }
  return false;
}

/** Quiet time after the last relevant change before re-running. */
export const DEBOUNCE_MS = 350;
/** A page that never goes quiet is still re-run this often. */
export const MAX_WAIT_MS = 2000;

/** Hidden elements with less text than this are icons, tooltips and menus, not a body waiting to be shown. */
export const MIN_REVEAL_TEXT = 200;
/** Hidden elements watched at most (the ones holding the most text). */
export const MAX_REVEAL_TARGETS = 8;
/** Attributes by which pages show what they hid: a class, an inline style, `hidden`, a <details> opening. */
const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];

/** One debounced MutationObserver for the page (see the file comment). */
export class PageWatcher {
  private observer: MutationObserver | null = null;
  /** Attribute changes on the hidden text's elements and their ancestors (see watchReveals). */
  private revealObserver: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;

  constructor(
    private doc: Document,
    /** Whether a batch of records can change the article (cheap: called per batch). */
    private relevant: (records: MutationRecord[]) => boolean,
    private onChange: () => void,
  ) {}

  start(): void {
    if (this.observer || typeof MutationObserver !== 'function') return;
    this.observer = new MutationObserver((records) => {
      try {
        if (this.relevant(records)) this.schedule();
      } catch {
        // A filter error must never escape into the page.
      }
    });
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Watches text the last run skipped as hidden for the moment it is shown: a
   * body an anti-flicker snippet hides until its scripts ran, the rest of an
   * article behind "continue reading". A reveal is a class or style change, not
   * a text mutation, so the tree observer never sees it. Only the few hidden
   * elements holding real text are watched, with their ancestors (the class
   * that hides them often sits on <html> or <body>), attributes only and not
   * their subtrees: a page with nothing hidden costs nothing, and one that
   * stays hidden costs a visibility check per attribute batch on those elements.
   */
  watchReveals(hidden: Element[], isVisible: (el: Element) => boolean): void {
    this.revealObserver?.disconnect();
    this.revealObserver = null;
    if (!this.observer || !hidden.length) return;
    const sized = hidden
      .map((el) => ({ el, length: el.textContent?.length ?? 0 }))
      .filter((t) => t.length >= MIN_REVEAL_TEXT)
      .sort((a, b) => b.length - a.length)
      .slice(0, MAX_REVEAL_TARGETS)
      .map((t) => t.el);
    if (!sized.length) return;
    const observer = new MutationObserver(() => {
      try {
        if (sized.some((el) => el.isConnected && isVisible(el))) {
          observer.disconnect();
          if (this.revealObserver === observer) this.revealObserver = null;
          this.schedule();
        }
      } catch {
        // A check's error must never escape into the page.
      }
    });
    const watched = new Set<Node>();
    for (const el of sized) {
      for (let a: Element | null = el; a && !watched.has(a); a = a.parentElement) {
        watched.add(a);
        observer.observe(a, { attributes: true, attributeFilter: REVEAL_ATTRIBUTES });
      }
    }
    this.revealObserver = observer;
  }

  /** Runs `fn` (our own DOM writes, the fallback painter) without reacting to it. */
  quiet<T>(fn: () => T): T {
    const o = this.observer;
    if (!o) return fn();
    try {
      return fn();
    } finally {
      o.takeRecords();
    }
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.revealObserver?.disconnect();
    this.revealObserver = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPending = 0;
  }

  private schedule(): void {
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.firstPending = 0;
      this.timer = undefined;
      this.onChange();
    }, wait);
  }
}
