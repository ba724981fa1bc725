import type { SentenceRecord } from '@/utils/analysis/types';
import { seenBeforeLink } from '@/utils/library/format';
import type { SeenBefore } from '@/utils/library/seen-before';
import { SOURCE_TYPE_LABEL, STATUS_LABEL } from '@/utils/labels';
import { CARD_CSS } from './card-style';

/**
 * The small card that says who stands behind the sentence under the pointer.
 *
 * Plain DOM rather than Preact: it is four lines of text, and the content script
 * must stay small. It lives in a shadow root on a host element of its
 * own, so the page's CSS cannot reach in and the card's CSS cannot leak out; the
 * host resets every inherited property (`all: initial`). The host is created on
 * the first hover, never at paint time, so painting leaves the page's DOM as it
 * was. Page text only ever goes in through `textContent`.
 */
export class ClaimCard {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private pinnedIndex: number | null = null;
  private shownIndex: number | null = null;
  private shownSeen: SeenBefore | null = null;

  constructor(private doc: Document) {}

  get pinned(): number | null {
    return this.pinnedIndex;
  }

  get shown(): number | null {
    return this.shownIndex;
  }

  /**
   * Shows the card for `sentence` next to `rect` (client coordinates); `seen` is
   * the claim it restates from the reader's claim library, if any.
   */
  show(index: number, sentence: SentenceRecord, rect: DOMRect, pin = false, seen: SeenBefore | null = null): void {
    const box = this.ensure();
    if (!box || !this.host) return;
    // The library's answer can arrive while the card is open: refill when it does.
    if (this.shownIndex !== index || this.shownSeen !== seen) this.fill(box, sentence, seen);
    this.shownIndex = index;
    this.shownSeen = seen;
    if (pin) this.pinnedIndex = index;
    box.toggleAttribute('data-pinned', this.pinnedIndex !== null);
    this.host.style.setProperty('display', 'block', 'important');
    this.place(box, rect);
  }

  hide(force = false): void {
    if (this.pinnedIndex !== null && !force) return;
    this.pinnedIndex = null;
    this.shownIndex = null;
    this.shownSeen = null;
    this.host?.style.setProperty('display', 'none', 'important');
  }

  /** Whether an event target is the card itself (clicks on it must not close it). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  dispose(): void {
    this.host?.remove();
    this.host = null;
    this.box = null;
  }

  private ensure(): HTMLElement | null {
    if (this.box && this.host?.isConnected) return this.box;
    const parent = this.doc.documentElement;
    if (!parent) return null;
    const host = this.doc.createElement('sourcelight-card');
    // Positioned in document coordinates (a child of <html>, so against the page's
    // origin): the card scrolls with the text it explains.
    host.setAttribute('style', 'all: initial !important; position: absolute !important; inset: 0 auto auto 0 !important; z-index: 2147483647 !important; display: none !important;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    shadow.append(style, box);
    const close = () => this.hide(true);
    box.addEventListener('click', (e) => {
      if ((e.target as Element | null)?.closest?.('.close')) close();
    });
    parent.appendChild(host);
    this.host = host;
    this.box = box;
    return box;
  }

  private fill(box: HTMLElement, s: SentenceRecord, seen: SeenBefore | null): void {
    box.replaceChildren();
    const head = this.el('div', 'head');
    const status = this.el('span', `status s-${s.status}`, STATUS_LABEL[s.status]);
    const close = this.el('button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    close.setAttribute('type', 'button');
    head.append(status, close);
    box.append(head);
    if (s.source) {
      const who = this.el('div', 'source');
      who.append(this.el('span', 'label', 'Source: '), this.el('strong', '', s.source.resolved ?? s.source.text));
      who.append(this.el('span', 'type', ` · ${SOURCE_TYPE_LABEL[s.source.type]}`));
      box.append(who);
      if (s.source.chain.length > 1) box.append(this.el('div', 'chain', `Via: ${s.source.chain.join(' → ')}`));
      if (s.carried) box.append(this.el('div', 'note', 'Attributed in a neighbouring sentence.'));
    } else {
      box.append(this.el('div', 'source none', 'No source named in the article.'));
    }
    if (s.cues.length) box.append(this.el('div', 'cues', `Cues: ${s.cues.map((c) => `“${c}”`).join(', ')}`));
    if (seen) box.append(this.seenBefore(seen));
  }

  /**
   * "Seen before: <status> — <source> (<site>, <date>)" and a link to the
   * original article. The link's address comes only from seenBeforeLink
   * (http(s) only, checked again on import), and it opens in a new tab without
   * giving that tab a handle on this page.
   */
  private seenBefore(seen: SeenBefore): HTMLElement {
    const block = this.el('div', 'seen', seen.line);
    // Recomputed here rather than trusting the message's `link`: the card is where a bad URL would do harm.
    const link = seenBeforeLink(seen.claim);
    if (link) {
      const a = this.doc.createElement('a');
      a.className = 'seen-link';
      a.href = link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = seen.claim.article.title || 'The original article';
      block.append(this.doc.createElement('br'), a);
    }
    return block;
  }

  private el(tag: string, cls: string, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  private place(box: HTMLElement, rect: DOMRect): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const width = Math.min(320, vw - 16);
    box.style.width = `${width}px`;
    const left = Math.max(8, Math.min(rect.left, vw - width - 8));
    const height = box.offsetHeight || 100;
    const below = rect.bottom + 8;
    const top = below + height <= vh - 8 ? below : Math.max(8, rect.top - height - 8);
    // Client coordinates chosen against the viewport, stored against the page.
    box.style.left = `${left + (view?.scrollX ?? 0)}px`;
    box.style.top = `${top + (view?.scrollY ?? 0)}px`;
  }
}
