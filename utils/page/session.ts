import { analyze } from '../analysis';
import type { ClaimStatus, SentenceRecord } from '../analysis/types';
import type { PageReport } from '../report';
import { rangeFor } from './anchor';
import { extractArticle, type Extraction } from './extract';
import { detectLanguage } from './language';
import { Painter, canPaint, type PaintedRange } from './paint';

/**
 * One page's analysis: extract → analyze → anchor → paint, run once, with the
 * resulting report kept for the popup. The flow only goes forward: the painter
 * never re-reads the page's text, the popup only sees the report.
 */
export class PageSession {
  private painter = new Painter();
  private ranges: (Range | null)[] = [];
  private current: PageReport;

  constructor(private doc: Document) {
    this.current = { state: 'error', url: doc.location?.href ?? '', message: 'The page has not been analysed yet.' };
  }

  get report(): PageReport {
    return this.current;
  }

  run(): PageReport {
    const url = this.doc.location?.href ?? '';
    try {
      const extraction = extractArticle(this.doc, { isVisible: visibleInLayout });
      if (!extraction) {
        return (this.current = { state: 'not-article', url, reason: 'This page does not look like a news article.' });
      }
      const language = detectLanguage(extraction.text, extraction.declaredLanguage);
      if (language !== 'en') {
        return (this.current = { state: 'unsupported-language', url, language: language ?? 'und' });
      }
      const sentences = analyze(extraction.text);
      this.paint(extraction, sentences);
      return (this.current = { state: 'article', url, title: extraction.title, language, text: extraction.text, sentences });
    } catch (err) {
      this.painter.clear();
      return (this.current = { state: 'error', url, message: `Sourcelight could not analyse this page (${String((err as Error)?.message ?? err)}).` });
    }
  }

  /** Scrolls the sentence at `index` into view and flashes it; false if it has no range. */
  scrollTo(index: number): boolean {
    const range = this.ranges[index];
    if (!range) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (canPaint()) this.painter.flash(range);
    return true;
  }

  dispose(): void {
    this.painter.clear();
    this.ranges = [];
    this.painted = [];
  }

  private paint(extraction: Extraction, sentences: SentenceRecord[]): void {
    this.ranges = sentences.map((s) => rangeFor(extraction.map, s.start, s.end, this.doc));
    this.painted = sentences;
    this.repaint();
  }

  // --- Reader controls (popup toggle, shortcut, options): which claims show. ---
  // Only the painting changes: the report and the ranges stay, so the popup
  // keeps listing every claim and "scroll to" still works while hidden.
  private painted: SentenceRecord[] = [];
  private visible = true;
  private shownStatuses: ReadonlySet<ClaimStatus> | null = null;

  get highlightsVisible(): boolean {
    return this.visible;
  }

  /** Shows or hides every highlight on the page. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.repaint();
  }

  /** Paints only these statuses (null: all of them). */
  setPaintedStatuses(statuses: readonly ClaimStatus[] | null): void {
    this.shownStatuses = statuses ? new Set(statuses) : null;
    this.repaint();
  }

  private repaint(): void {
    if (!canPaint()) return;
    if (!this.visible) return this.painter.clear();
    const items: PaintedRange[] = [];
    this.painted.forEach((s, i) => {
      const range = this.ranges[i];
      if (!range || s.status === 'none') return;
      if (this.shownStatuses && !this.shownStatuses.has(s.status)) return;
      items.push({ status: s.status, range });
    });
    this.painter.paint(items);
  }
  // --- end reader controls ---
}

/** Skips text the reader cannot see (display:none, visibility:hidden, content-visibility). */
function visibleInLayout(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}
