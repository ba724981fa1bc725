import { ClaimCard } from '@/components/card/card';
import type { SentenceRecord } from '../analysis/types';
import type { SeenBefore } from '../library/seen-before';
import type { ClaimLocator } from './pointer';

/** How long the card stays after the pointer leaves a claim (time to reach the card). */
const HIDE_DELAY_MS = 400;

/**
 * Pointing at a claim: hovering a painted sentence shows its card, clicking pins
 * it until the reader clicks elsewhere or presses Escape. Listeners are passive
 * and never stop or prevent the page's own handling of the event; pointer moves
 * are looked up at most once per animation frame.
 */
export class HoverCards {
  private card: ClaimCard;
  private frame = 0;
  private lastX = 0;
  private lastY = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private off: (() => void)[] = [];

  constructor(
    private doc: Document,
    private locator: ClaimLocator,
    private sentenceAt: (index: number) => SentenceRecord | undefined,
    /** The library claim the sentence restates, if any (the card's "Seen before" line). */
    private seenAt: (index: number) => SeenBefore | undefined = () => undefined,
  ) {
    this.card = new ClaimCard(doc);
    const view = doc.defaultView;
    if (!view) return;
    const listen = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) => {
      const safe = (e: DocumentEventMap[K]) => {
        try {
          fn(e);
        } catch {
          // The card is a convenience: never let it break the page.
        }
      };
      doc.addEventListener(type, safe, { passive: true, capture: true });
      this.off.push(() => doc.removeEventListener(type, safe, { capture: true }));
    };
    listen('pointermove', (e) => this.onMove(e));
    listen('click', (e) => this.onClick(e));
    listen('keydown', (e) => {
      if (e.key === 'Escape') this.card.hide(true);
    });

  }

  /** Hides the card (when highlights are hidden or the article changed). */
  hide(): void {
    this.card.hide(true);
  }

  dispose(): void {
    for (const off of this.off) off();
    this.off = [];
    cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    this.card.dispose();
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.update(this.card.contains(e.target));
    });
  }

  private update(overCard: boolean): void {
    if (overCard) {
      clearTimeout(this.hideTimer);
      return;
    }
    const index = this.locator.at(this.lastX, this.lastY);
    if (index !== null) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      if (this.card.pinned === null || this.card.pinned === index) this.showAt(index, false);
      return;
    }
    if (this.card.shown !== null && this.card.pinned === null && !this.hideTimer) {
      this.hideTimer = setTimeout(() => {
        this.hideTimer = undefined;
        this.card.hide();
      }, HIDE_DELAY_MS);
    }
  }

  private onClick(e: MouseEvent): void {
    if (this.card.contains(e.target)) return;
    const index = this.locator.at(e.clientX, e.clientY);
    if (index === null) {
      this.card.hide(true);
      return;
    }
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    this.card.hide(true);
    this.showAt(index, true);
  }

  private showAt(index: number, pin: boolean): void {
    const sentence = this.sentenceAt(index);
    if (!sentence) return;
    // Anchor under the line the pointer is on, not the whole sentence's box.
    const rect = new DOMRect(this.lastX - 12, this.lastY - 10, 24, 20);
    this.card.show(index, sentence, rect, pin, this.seenAt(index) ?? null);
  }
}
