import type { ClaimStatus, SentenceRecord } from '../analysis/types';
import type { SeenBefore } from '../library/seen-before';
import type { PageReport } from '../report';
import { rangeFor } from './anchor';
import { extractionSteps, type Extraction } from './extract';
import { HoverCards } from './hover';
import { Painter, canPaint, type PaintedRange } from './paint';
import { ClaimLocator } from './pointer';
import { precheck } from './precheck';
import { Cancelled, Slicer, afterNextFrame, runSliced } from './schedule';
import { PageWatcher, changesArticle } from './watch';
import { reusablePrefix } from './incremental';

/** Text read from one page at most: twenty long articles' worth, so a hostile page stays bounded. */
const MAX_ARTICLE_CHARS = 500_000;
/** Hidden subtrees a run remembers, to watch for their reveal (see PageWatcher.watchReveals). */
const MAX_HIDDEN = 200;
/** How long a frame awaited ahead of the first run stays good enough to start it on. */
const EARLY_FRAME_MS = 500;
/** Wait after a single-page-app route change before reading the page again. */
const NAVIGATION_SETTLE_MS = 400;
/** Least time between two re-runs an article's changes cause (live blogs, tickers). */
const MIN_GAP_MS = 1000;
/** Runs closer together than this count as a page that keeps changing. */
const CHURN_WINDOW_MS = 5000;
/** Longest wait between re-runs on a busy page that keeps not being an article. */
const MAX_GAP_MS = 30_000;
/**
 * Longest a run waits for the claim library's answer before reporting without
 * it. The answer still paints when it comes later; the wait exists so the
 * popup, which reads the report once, usually gets "Seen elsewhere" with it.
 */
const RECALL_WAIT_MS = 1500;

type ArticleReport = Extract<PageReport, { state: 'article' }>;

/** The analyzer's answer: the text's language, and its records from `from` on when it is English. */
export interface Analysis {
  language: string;
  sentences: SentenceRecord[];
}

/**
 * Reads an article's text from `from` (a paragraph start) on; records index the
 * whole text. `declaredLanguage` is the page's `lang`, a hint for short texts.
 */
export type Analyse = (text: string, from: number, declaredLanguage: string | null) => Promise<Analysis>;

/** How a page session analyses, and what it does besides analysing and painting. */
export interface SessionOptions {
  /**
   * The analyzer. The content script asks the background (utils/analysis-service.ts),
   * so the page's main thread only reads the text and paints the answer; tests may
   * analyse in place. A rejection becomes the report's error state.
   */
  analyse: Analyse;
  /** Re-run when the page changes (default true). */
  watch?: boolean;
  /** Show the card when the pointer is on a claim (default true). */
  cards?: boolean;
  /** Called after every completed run, including re-runs when the page changed. */
  onUpdate?: (report: PageReport) => void;
  /**
   * Asked after every article run, once painted: which sentences restate a
   * claim in the reader's claim library. They are painted as
   * `sourcelight-match`, their card says where they were seen, and the report
   * carries them (`seenBefore`) for the popup. Should not reject; a rejection counts as no match.
   */
  recall?: (report: ArticleReport) => Promise<SeenBefore[]>;
}

/**
 * One page's analysis: extract → analyze → anchor → paint, then kept current as
 * the page changes. The flow only goes forward: the painter never re-reads the
 * page's text, the popup only sees the report.
 *
 * Work runs in slices that yield to the page (see schedule.ts). A re-run keeps
 * every sentence before the first changed paragraph — its record, its range and
 * its paint — and analyses only from there on, so a late paragraph or an
 * infinite-scroll page costs the new text, not the whole article again.
 */
export class PageSession {
  private painter = new Painter();
  private locator: ClaimLocator;
  private hover: HoverCards | null = null;
  private watcher: PageWatcher | null = null;
  private current: PageReport;
  private extraction: Extraction | null = null;
  private sentences: SentenceRecord[] = [];
  private ranges: (Range | null)[] = [];
  private generation = 0;
  /** A run was cut short: its state is partial, so the next run starts afresh. */
  private dirty = false;
  private running: Promise<PageReport> | null = null;
  private again = false;
  private disposed = false;
  private started = false;
  /** Back-off for re-runs caused by page changes: a busy non-article page is looked at ever more rarely. */
  private nextAllowed = 0;
  private misses = 0;
  private churn = 0;
  private lastRunEnd = 0;
  private backoffTimer: ReturnType<typeof setTimeout> | undefined;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  /** The card follows what is painted: no card for hidden highlights. */
  private hoverOn = true;
  private shownStatuses: Set<ClaimStatus> | null = null;
  /** Sentences that restate a library claim, by index (the card's "Seen before"). */
  private seen = new Map<number, SeenBefore>();
  /** Called once a page the first look rejected may have become an article (see watchForArticle). */
  private onWake: (() => void) | null = null;
  /** Earliest time (Date.now()) of the next look for an article on a page waiting for one. */
  private nextWakeLook = 0;
  private wakeMisses = 0;
  /**
   * The reader asked to read this page although it does not look like an
   * article: the first look is skipped and any prose is read. Kept for re-runs
   * until the page navigates.
   */
  private anyway = false;
  /** A frame waited for ahead of the first run (see expectRun). */
  private earlyFrame: Promise<void> | null = null;
  private earlyFrameAt = 0;

  constructor(
    private doc: Document,
    private options: SessionOptions,
  ) {
    this.current = { state: 'error', url: this.url(), message: 'The page has not been analysed yet.' };
    this.locator = new ClaimLocator(doc);
  }

  get report(): PageReport {
    return this.current;
  }

  get highlightsVisible(): boolean {
    return this.painter.isVisible;
  }

  /**
   * Analyses the page from scratch and starts watching it. Never rejects: every
   * failure becomes the report's `error` state.
   */
  run(): Promise<PageReport> {
    this.started = true;
    this.dirty = true;
    this.startWatching();
    return this.schedule();
  }

  /**
   * Says a run is likely soon (the quick first look passed; the settings are being
   * read): the wait for the page's next frame starts now, so the first run finds
   * it over instead of waiting for it after the settings' round trip.
   */
  expectRun(): void {
    if (this.started || this.earlyFrame) return;
    this.earlyFrame = afterNextFrame();
    this.earlyFrameAt = performance.now();
  }

  /**
   * For a page the first look rejected: watches it, without reading it, and
   * calls `wake` once the same quick look passes after the page changed (late
   * content, a single-page app rendering an article). Nothing runs meanwhile;
   * the caller decides, with the reader's settings, whether to `run()`.
   * `reason` is the first look's, reported meanwhile.
   */
  watchForArticle(reason: string, wake: () => void): void {
    if (this.started || this.disposed) return;
    this.current = { state: 'not-article', url: this.url(), reason };
    this.onWake = wake;
    this.startWatching();
  }

  /**
   * Reads the page whatever the verdict (the reader's "read it anyway"): the
   * article is whatever prose the page holds. Remembered until the page
   * navigates; a page with no prose at all still reports so.
   */
  readAnyway(): Promise<PageReport> {
    this.anyway = true;
    this.onWake = null;
    return this.run();
  }

  /** The page moved to another address without loading (single-page-app navigation). */
  navigated(): Promise<PageReport> {
    // "Read it anyway" was said of the page the reader saw, not of the next one.
    this.anyway = false;
    if (!this.started && this.onWake && !this.disposed) {
      // Waiting for an article: the new route may be one once the app has rendered it.
      clearTimeout(this.navigationTimer);
      this.navigationTimer = setTimeout(() => this.lookForArticle(true), NAVIGATION_SETTLE_MS);
    }
    // Not analysed yet (blocked site, or "on request" and not asked): stay off.
    if (!this.started || this.disposed) return Promise.resolve(this.current);
    // A route change is announced before the app renders the new page: give it
    // a moment, so the run reads the new article rather than the old one.
    clearTimeout(this.navigationTimer);
    return new Promise((resolve) => {
      this.navigationTimer = setTimeout(() => {
        this.dirty = true;
        resolve(this.schedule());
      }, NAVIGATION_SETTLE_MS);
    });
  }

  /** Shows or hides the highlights without re-analysing (the reader's toggle). */
  setVisible(visible: boolean): void {
    this.painter.setVisible(visible);
    this.hoverOn = visible;
    this.locator.set(this.paintedEntries());
    if (!visible) this.hover?.hide();
  }

  /** Paints only these statuses (null: all); the popup still lists every claim. */
  setPaintedStatuses(statuses: readonly ClaimStatus[] | null): void {
    this.painter.setStatuses(statuses);
    this.shownStatuses = statuses ? new Set(statuses) : null;
    this.locator.set(this.paintedEntries());
  }

  /** Scrolls the sentence at `index` into view and flashes it; false if it has no range. */
  scrollTo(index: number): boolean {
    const s = this.sentences[index];
    const range = this.ranges[index] ?? (s && this.extraction ? rangeFor(this.extraction.map, s.start, s.end, this.doc) : null);
    if (!range || range.collapsed) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (canPaint()) this.painter.flash(range);
    return true;
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    this.watcher?.stop();
    this.watcher = null;
    clearTimeout(this.backoffTimer);
    clearTimeout(this.navigationTimer);
    this.hover?.dispose();
    this.hover = null;
    this.painter.clear();
    this.sentences = [];
    this.ranges = [];
    this.extraction = null;
  }

  /** Runs now, or once more after the run in progress (changes during a run are not lost). */
  private schedule(): Promise<PageReport> {
    if (this.disposed) return Promise.resolve(this.current);
    if (this.running) {
      this.again = true;
      // A full restart cancels the run in progress at its next slice.
      if (this.dirty) this.generation++;
      return this.running;
    }
    const loop = async (): Promise<PageReport> => {
      let report = this.current;
      do {
        this.again = false;
        report = await this.update();
        this.backOff(report);
        try {
          this.options.onUpdate?.(report);
        } catch {
          // A listener's failure is not the analysis's.
        }
      } while (this.again && !this.disposed);
      this.running = null;
      return report;
    };
    this.running = loop();
    return this.running;
  }

  private pageChanged(): void {
    if (!this.started) {
      this.lookForArticle(false);
      return;
    }
    const wait = this.nextAllowed - Date.now();
    if (wait <= 0) {
      void this.schedule();
      return;
    }
    if (this.backoffTimer) return;
    this.backoffTimer = setTimeout(() => {
      this.backoffTimer = undefined;
      void this.schedule();
    }, wait);
  }

  /**
   * The quick first look again, for a page waiting to become an article; wakes
   * the caller when it passes. A page that keeps changing without becoming one
   * is looked at ever more rarely, as re-runs are (see backOff). `force`: a
   * route change, looked at whatever the back-off says.
   */
  private lookForArticle(force: boolean): void {
    if (!this.onWake || this.started || this.disposed) return;
    const now = Date.now();
    if (!force && now < this.nextWakeLook) return;
    if (!precheck(this.doc).go) {
      this.wakeMisses++;
      this.nextWakeLook = now + gapAfter(Math.min(this.wakeMisses, 5));
      return;
    }
    const wake = this.onWake;
    this.onWake = null;
    // Its work is done; a run starts watching afresh (in "on request" mode none may come).
    this.watcher?.stop();
    this.watcher = null;
    try {
      wake();
    } catch {
      // The caller's failure is not the page's.
    }
  }

  /** Spaces the next change-driven run: soon after finding an article, ever later after finding none. */
  private backOff(report: PageReport): void {
    const now = Date.now();
    this.misses = report.state === 'article' ? 0 : this.misses + 1;
    // An article that keeps changing (a ticking timestamp, a live blog) is
    // re-read ever more rarely while the changes keep coming.
    this.churn = now - this.lastRunEnd < CHURN_WINDOW_MS ? this.churn + 1 : 0;
    this.lastRunEnd = now;
    const doublings = this.misses || Math.min(this.churn, 5);
    this.nextAllowed = now + gapAfter(doublings);
  }

  private startWatching(): void {
    if (this.watcher || this.options.watch === false) return;
    try {
      this.watcher = new PageWatcher(this.doc, (records) => changesArticle(records, this.extraction?.root), () => this.pageChanged());
      this.watcher.start();
    } catch {
      // No observer (an odd document): the page is analysed once, as it loaded.
      this.watcher = null;
    }
  }

  private async update(): Promise<PageReport> {
    const gen = ++this.generation;
    try {
      // The cheap first look comes before the wait for a frame: a page that is
      // not an article is let go at once, in this task.
      const pre = this.anyway ? null : precheck(this.doc);
      if (pre && !pre.go) return this.nothing({ state: 'not-article', url: this.url(), reason: pre.reason });
      if (this.dirty) {
        this.reset();
        // A frame awaited ahead of time counts only if it is recent ("on request"
        // mode may run minutes later, when the page has pending style work again).
        const early = this.earlyFrame && performance.now() - this.earlyFrameAt < EARLY_FRAME_MS ? this.earlyFrame : null;
        this.earlyFrame = null;
        await (early ?? afterNextFrame());
        if (gen !== this.generation || this.disposed) return this.current;
      }
      // The slice budget starts after the wait, so the first slice does work rather than yield at once.
      const slicer = new Slicer(() => gen !== this.generation || this.disposed);
      const anyway = this.anyway;
      const hidden: Element[] = [];
      const onHidden = (el: Element) => void (hidden.length < MAX_HIDDEN && hidden.push(el));
      const extraction = await runSliced(extractionSteps(this.doc, { isVisible: visibleInLayout, maxChars: MAX_ARTICLE_CHARS, anyway, onHidden }), slicer);
      // Text kept hidden now may be shown later without a text mutation: watch for that.
      if (gen === this.generation && !this.disposed) this.watcher?.watchReveals(hidden, visibleInLayout);
      if (!extraction) {
        return this.nothing(
          anyway
            ? { state: 'not-article', url: this.url(), reason: 'Sourcelight found no running text to read on this page.', anyway }
            : { state: 'not-article', url: this.url(), reason: 'This page does not look like a news article.' },
        );
      }
      await slicer.maybePause();
      this.dirty = true; // until this run completes
      const from = this.keepUnchanged(extraction);
      const answer = await this.options.analyse(extraction.text, from, extraction.declaredLanguage);
      // The page may have changed, or the session ended, while the analyzer worked.
      if (gen !== this.generation || this.disposed) throw new Cancelled();
      const language = typeof answer?.language === 'string' ? answer.language : 'und';
      if (language !== 'en') return this.nothing({ state: 'unsupported-language', url: this.url(), language });
      const fresh = validRecords(answer.sentences, extraction.text.length, from);
      await slicer.maybePause();
      await this.anchorAndPaint(extraction, fresh, slicer);
      this.painter.commit();
      this.extraction = extraction;
      this.dirty = false;
      this.locator.set(this.paintedEntries());
      if (this.options.cards !== false && !this.hover) {
        this.hover = new HoverCards(this.doc, this.locator, (i) => this.sentences[i], (i) => this.seen.get(i));
      }
      // The address is read now, not when the run began: a route change announces
      // itself (navigation API) before the address changes.
      const report: ArticleReport = { state: 'article', url: this.url(), title: extraction.title, language, text: extraction.text, sentences: [...this.sentences] };
      this.current = report;
      await this.recall(report, gen);
      return this.current;
    } catch (err) {
      if (err instanceof Cancelled) return this.current;
      this.reset();
      return (this.current = { state: 'error', url: this.url(), message: `Sourcelight could not analyse this page (${String((err as Error)?.message ?? err)}).` });
    }
  }

  /** A page with nothing for us: nothing stays painted from before. */
  private nothing(report: PageReport): PageReport {
    this.reset();
    this.dirty = false;
    return (this.current = report);
  }

  /** Asks the claim library about the run's report and paints what it answers (see SessionOptions.recall). */
  private async recall(report: ArticleReport, gen: number): Promise<void> {
    const ask = this.options.recall;
    if (!ask) return;
    const answered = ask(report).then(
      (list) => {
        // A later run (or dispose) made this answer stale: its indices may point at other sentences now.
        if (gen !== this.generation || this.disposed || this.current !== report) return;
        this.applySeen(report, list);
      },
      () => {},
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([answered, new Promise((r) => (timer = setTimeout(r, RECALL_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private applySeen(report: ArticleReport, list: SeenBefore[]): void {
    this.seen.clear();
    const painted: PaintedRange[] = [];
    for (const item of Array.isArray(list) ? list : []) {
      const status = this.sentences[item?.index]?.status;
      const range = this.ranges[item?.index];
      if (!status || status === 'none' || this.seen.has(item.index)) continue;
      this.seen.set(item.index, item);
      if (range) painted.push({ status, range });
    }
    this.quiet(() => this.painter.setMatches(painted));
    this.current = { ...report, seenBefore: [...this.seen.values()] };
  }

  private reset(): void {
    this.seen.clear();
    this.painter.clear();
    this.hover?.hide();
    this.sentences = [];
    this.ranges = [];
    this.extraction = null;
    this.locator.set([]);
  }

  /**
   * Keeps the sentences before the first change in the article's text (see
   * incremental.ts); unpaints the rest. Returns where the new analysis starts.
   */
  private keepUnchanged(next: Extraction): number {
    const before = this.extraction?.text;
    const { keep, from } = before === undefined ? { keep: 0, from: 0 } : reusablePrefix(before, next.text, this.sentences, this.ranges);
    const dropped: PaintedRange[] = [];
    for (let i = keep; i < this.sentences.length; i++) {
      const r = this.ranges[i];
      const s = this.sentences[i];
      if (r && s.status !== 'none') dropped.push({ status: s.status as ClaimStatus, range: r });
    }
    this.quiet(() => this.painter.remove(dropped));
    this.sentences.length = keep;
    this.ranges.length = keep;
    for (const i of [...this.seen.keys()]) if (i >= keep) this.seen.delete(i);
    return from;
  }

  private async anchorAndPaint(extraction: Extraction, fresh: SentenceRecord[], slicer: Slicer): Promise<void> {
    let batch: PaintedRange[] = [];
    const flush = () => {
      const items = batch;
      batch = [];
      this.quiet(() => this.painter.add(items));
    };
    for (const s of fresh) {
      // Live ranges cost the page on every DOM change, so only claims get one;
      // the rest are anchored on demand (scrollTo).
      const range = s.status === 'none' ? null : rangeFor(extraction.map, s.start, s.end, this.doc);
      this.sentences.push(s);
      this.ranges.push(range);
      if (range && s.status !== 'none') batch.push({ status: s.status as ClaimStatus, range });
      if (slicer.due()) {
        flush();
        await slicer.pause();
      }
    }
    flush();
  }

  private paintedEntries(): { range: Range; index: number }[] {
    const out: { range: Range; index: number }[] = [];
    this.ranges.forEach((range, index) => {
      const status = this.sentences[index]?.status;
      if (!range || !status || status === 'none' || !this.hoverOn) return;
      if (this.shownStatuses && !this.shownStatuses.has(status)) return;
      out.push({ range, index });
    });
    return out;
  }

  /** Our own DOM writes (fallback marks) must not look like the page changing. */
  private quiet(fn: () => void): void {
    if (this.watcher) this.watcher.quiet(fn);
    else fn();
  }

  private url(): string {
    return this.doc.location?.href ?? '';
  }
}

/** The wait before the next look at a changing page: MIN_GAP_MS doubled `doublings` times, at most MAX_GAP_MS. */
function gapAfter(doublings: number): number {
  return Math.min(MAX_GAP_MS, MIN_GAP_MS * 2 ** doublings);
}

/**
 * The analyzer's records that can be anchored: in order, within the text, from
 * `from` on. The analyzer answers across a message boundary, so its answer is
 * checked like any input before ranges are built from it.
 */
function validRecords(records: unknown, length: number, from: number): SentenceRecord[] {
  if (!Array.isArray(records)) throw new Error('the analyzer gave no answer');
  const out: SentenceRecord[] = [];
  let last = from;
  for (const r of records as SentenceRecord[]) {
    if (!r || typeof r.start !== 'number' || typeof r.end !== 'number' || typeof r.status !== 'string') continue;
    if (r.start < last || r.end < r.start || r.end > length) continue;
    out.push(r);
    last = r.end;
  }
  return out;
}

/** Skips text the reader cannot see (display:none, visibility:hidden, content-visibility:hidden). */
function visibleInLayout(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(el, { visibilityProperty: true })) return true;
  // `display: contents` has no box of its own, so checkVisibility() says false, yet
  // its children are laid out and read (component and framework wrappers). Only
  // asked for elements already judged hidden, so the style read is rare.
  return el.ownerDocument?.defaultView?.getComputedStyle(el).display === 'contents';
}
