/**
 * The claim memory as the background runs it: the IndexedDB library plus an
 * in-memory inverted index of its claims, kept in step with each other.
 *
 * Why a class apart from the background script: the rules (match before
 * storing, never match a page against itself, keep nothing from private
 * windows or while keeping is off, update the index when articles are added,
 * dropped, cleared or imported) are testable here with fake-indexeddb, and the
 * background only wires messages to it.
 *
 * Two queues. Matching and index updates run in the order pages ask, so a
 * page read right after another is matched against it; the index takes a
 * page's claims at once and the library write follows on a second queue,
 * because at the bound every write also drops old articles (a walk over the
 * whole store) and tabs opened together must not wait on each other's writes.
 * Options-page changes (clear, import, forget, pin) wait for both queues and
 * hold both while they run. Every public method answers with a safe value
 * instead of throwing: its answers cross the message boundary, and a failing
 * library must never break a page.
 */
import { buildIndexAsync, ClaimIndex } from './claim-index';
import { findMatch } from './match';
import { PACK_LIMITS, safeUrl, validateRecord, type ClaimPack } from './pack';
import { DEFAULT_MAX_CLAIMS, type ClaimLibrary } from './store';
import type { SentenceRecord } from '../analysis/types';
import { claimsOf, type ArticleMeta, type StoredClaim } from './types';
import { toSeenBefore, type ImportOutcome, type LibraryStatus, type RecallRequest, type SeenBefore } from './seen-before';

export interface ClaimServiceOptions {
  /** Whether the reader keeps claims (the options page's switch); read at each store. */
  keeping: () => Promise<boolean>;
  /** The bound the library was opened with (ClaimLibrary's maxClaims). */
  maxClaims?: number;
  /** Clock (ms), for tests. */
  now?: () => number;
}

/**
 * An article re-analysed with the same claims within this time is not written
 * again: a page re-runs when it changes (tickers, ads, late images), and each
 * write at the bound walks the whole store. A visit after it is written again,
 * which also makes it the newest (the last dropped).
 */
const REWRITE_AFTER_MS = 10 * 60_000;

/**
 * Query parameters that only say how the reader arrived (campaign and click
 * trackers): the same article shared on two networks must be one article, or
 * a page would match its own earlier visit.
 */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga)$/i;

/** An article's key in the library: its http(s) URL without the fragment or tracking parameters, or null. */
export function articleKey(url: string): string | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  const u = new URL(safe);
  u.hash = '';
  for (const name of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
  return u.href;
}

export class ClaimService {
  private indexReady: Promise<ClaimIndex<StoredClaim>> | null = null;
  /** The index's claim ids by article URL, to take an article's claims out when it is replaced or dropped. */
  private idsByUrl = new Map<string, string[]>();
  /** Tail of the matching queue (matching and index updates, in the order pages asked). */
  private matching: Promise<void> = Promise.resolve();
  /** Tail of the write queue (library writes, in order). */
  private writes: Promise<void> = Promise.resolve();
  /** Articles whose index update is done but whose library write is not, with their claim counts. */
  private pending = new Map<string, number>();
  /** What was last kept for each article in this session (a hash of its claims), to skip rewriting it unchanged. */
  private kept = new Map<string, { signature: number; at: number }>();
  private readonly maxClaims: number;

  constructor(
    private readonly library: ClaimLibrary,
    private readonly options: ClaimServiceOptions,
  ) {
    this.maxClaims = options.maxClaims ?? DEFAULT_MAX_CLAIMS;
  }

  /** Starts building the index now (the background calls it when it starts), so the first page does not wait for it. */
  warm(): void {
    void this.index().catch(() => {});
  }

  /**
   * Matches a page's claims against the library, then keeps the page's claims
   * (unless keeping is off or the page is in a private window).
   * @returns one entry per matched sentence; empty on any failure.
   */
  recall(req: RecallRequest, context: { private?: boolean } = {}): Promise<SeenBefore[]> {
    const key = articleKey(req?.article?.url ?? '');
    const claims = Array.isArray(req?.claims) ? req.claims : [];
    let answer!: (found: SeenBefore[]) => void;
    const answered = new Promise<SeenBefore[]>((resolve) => (answer = resolve));
    // Matching and the index update are one step on the matching queue, so a
    // page is matched against every page asked about before it. The library
    // write goes on the write queue: at the bound each write also drops old
    // articles (a walk over the whole store), and tabs opened together must
    // not wait for each other's writes to be matched.
    const step = this.matching.then(async () => {
      const index = await this.index();
      const found: SeenBefore[] = [];
      for (const { index: i, sentence } of claims) {
        if (!sentence || sentence.status === 'none' || typeof sentence.text !== 'string' || sentence.text.length > PACK_LIMITS.textLength) continue;
        // The page itself may be in the library from an earlier visit: every sentence would match itself.
        const match = findMatch(index, sentence.text, { skip: (c) => c.article.url === key });
        if (match) found.push(toSeenBefore(i, match));
      }
      answer(found);
      if (!key || context.private || !(await this.options.keeping())) return;
      // The request comes from a content script on an untrusted page: kept as a claim pack would be imported
      // (shapes checked, sizes capped), so that what is kept can always be exported and imported again.
      const records = claims
        .slice(0, PACK_LIMITS.claimsPerArticle)
        .map((c) => validateRecord(c?.sentence))
        .filter((r): r is SentenceRecord => !!r && r.status !== 'none');
      if (!records.length) return;
      // A page re-analysed after a change that left its claims as they were (a ticker, an ad) is not written again.
      const signature = signatureOf(records);
      const now = (this.options.now ?? Date.now)();
      const last = this.kept.get(key);
      if (last && last.signature === signature && now - last.at < REWRITE_AFTER_MS && this.idsByUrl.has(key)) return;
      this.kept.set(key, { signature, at: now });
      const article = cleanMeta(req.article, key);
      // The index runs ahead of the library until the write lands; these are the claims the library will hold.
      this.replace(index, key, claimsOf({ ...article, addedAt: 0, pinned: false, claims: records }));
      this.pending.set(key, records.length);
      void this.write(async () => {
        try {
          // Refused (keeping turned off in between, storage full…): the index must not keep what the library has not.
          if (!(await this.library.add(article, records))) this.replace(index, key, (await this.storedClaims(key)) ?? []);
        } catch {
          this.kept.delete(key);
          this.replace(index, key, (await this.storedClaims(key).catch(() => null)) ?? []);
        } finally {
          if (this.pending.get(key) === records.length) this.pending.delete(key);
        }
        // The library dropped its oldest unpinned articles to make room: drop them here too.
        if (index.size > this.maxClaims) await this.resync(index);
      });
    });
    this.matching = step.then(
      () => undefined,
      () => undefined,
    );
    void step.catch(() => {}).finally(() => answer([])); // failed before answering: no matches (a second answer is ignored)
    return answered;
  }

  /** Resolves once every match and write asked for so far is done (tests, and answers that must see them). */
  async idle(): Promise<void> {
    // The matching queue adds writes as it runs: wait for it first, then for the writes as they are then.
    await this.matching;
    await this.writes;
  }

  /** What the options page lists. */
  async status(): Promise<LibraryStatus> {
    try {
      await this.idle();
      const all = await this.library.all();
      const articles = all
        .map((a) => ({ url: a.url, title: a.title, site: a.site, date: a.date, addedAt: a.addedAt, pinned: a.pinned, claims: a.claims.length }))
        .reverse();
      return { articles, claims: articles.reduce((n, a) => n + a.claims, 0), maxClaims: this.maxClaims };
    } catch {
      return { articles: [], claims: 0, maxClaims: this.maxClaims };
    }
  }

  /** Pins or unpins an article; false when it is not kept (or on failure). */
  pin(url: string, pinned: boolean): Promise<boolean> {
    return this.enqueue(() => this.library.pin(url, pinned), false);
  }

  /** Forgets one article. */
  forget(url: string): Promise<boolean> {
    return this.enqueue(async () => {
      await this.library.remove(url);
      this.kept.delete(url);
      this.replace(await this.index(), url, []);
      return true;
    }, false);
  }

  /** Forgets every article (the options page's "Clear all"). */
  clear(): Promise<boolean> {
    return this.enqueue(async () => {
      await this.library.clear();
      this.kept.clear();
      this.idsByUrl.clear();
      this.indexReady = Promise.resolve(new ClaimIndex<StoredClaim>());
      return true;
    }, false);
  }

  /** The whole library as a claim pack; null on failure. */
  async exportPack(): Promise<ClaimPack | null> {
    try {
      await this.idle();
      return await this.library.export();
    } catch {
      return null;
    }
  }

  /** Imports a claim pack from the text of a file (untrusted: validated by pack.ts). */
  importPack(json: string): Promise<ImportOutcome> {
    const refused = (message: string): ImportOutcome => ({ ok: false, articles: 0, claims: 0, errors: [message] });
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return Promise.resolve(refused('The file is not JSON.'));
    }
    return this.enqueue(async () => {
      let result: Awaited<ReturnType<ClaimLibrary['import']>>;
      try {
        result = await this.library.import(parsed);
      } catch (err) {
        return refused(err instanceof Error ? `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)}.` : 'The file could not be read.');
      }
      // Imports replace articles and may drop old ones: rebuilding is simplest and imports are rare.
      this.kept.clear();
      this.indexReady = null;
      await this.index();
      return { ok: true, ...result };
    }, refused('The library could not be updated.'));
  }

  private index(): Promise<ClaimIndex<StoredClaim>> {
    if (!this.indexReady) {
      const building = (async () => {
        const claims = await this.library.claims();
        this.idsByUrl.clear();
        for (const c of claims) this.remember(c);
        return buildIndexAsync(claims);
      })();
      // A failed load (storage unavailable) is retried on the next request.
      building.catch(() => {
        if (this.indexReady === building) this.indexReady = null;
      });
      this.indexReady = building;
    }
    return this.indexReady;
  }

  private remember(c: StoredClaim): void {
    const ids = this.idsByUrl.get(c.article.url);
    if (ids) ids.push(c.id);
    else this.idsByUrl.set(c.article.url, [c.id]);
  }

  /** Puts an article's current claims in the index in place of its earlier ones. */
  private replace(index: ClaimIndex<StoredClaim>, url: string, claims: StoredClaim[]): void {
    for (const id of this.idsByUrl.get(url) ?? []) index.remove(id);
    this.idsByUrl.delete(url);
    for (const c of claims) {
      index.add(c);
      this.remember(c);
    }
  }

  /**
   * Takes out of the index the articles the library dropped to stay within its
   * bound. Why not re-read the whole library: at the bound every new article
   * drops old ones, and reading 50,000 claims per page read is slow. The
   * library drops the oldest unpinned articles first; `idsByUrl` holds articles
   * oldest first (loaded in the library's order, and a re-kept article moves to
   * the end), so looking them up one by one from the oldest until the index is
   * back within the bound finds exactly the dropped ones.
   */
  private async resync(index: ClaimIndex<StoredClaim>): Promise<void> {
    // Claims already in the index but not yet written do not count against the library's bound yet.
    const ahead = () => [...this.pending.values()].reduce((n, c) => n + c, 0);
    for (const url of [...this.idsByUrl.keys()]) {
      if (index.size - ahead() <= this.maxClaims) return;
      if (this.pending.has(url)) continue;
      if (!(await this.library.get(url))) this.replace(index, url, []);
    }
  }

  private async storedClaims(url: string): Promise<StoredClaim[] | null> {
    const stored = await this.library.get(url);
    return stored ? claimsOf(stored) : null;
  }

  /** Runs a library write after the ones before it (its failure is its own). */
  private write(task: () => Promise<void>): Promise<void> {
    const run = this.writes.then(task);
    this.writes = run.then(
      () => undefined,
      () => undefined,
    );
    return this.writes;
  }

  /**
   * Runs a change from the options page once every match and write before it
   * is done, with both queues waiting for it: clearing or importing must not
   * interleave with a page's index update. Resolves to `fallback` if it fails.
   */
  private enqueue<T>(task: () => Promise<T>, fallback?: T): Promise<T> {
    // Once the matching steps before it have run, every write they make is on the write queue: join it there.
    const run = this.matching.then(
      () =>
        new Promise<T>((resolve, reject) => {
          this.writes = this.writes.then(() => task().then(resolve, reject));
        }),
    );
    this.matching = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch(() => fallback as T);
  }
}

/** A 32-bit FNV-1a hash of an article's claims (offsets, statuses, sources, texts): equal claims, equal hash. */
function signatureOf(records: SentenceRecord[]): number {
  let h = 0x811c9dc5;
  for (const r of records) {
    const part = `${r.start}\u0000${r.status}\u0000${r.source?.text ?? ''}\u0000${r.text}\u0001`;
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Article metadata from a page, as strings of bounded length (a hostile page can put anything in its title). */
function cleanMeta(meta: Partial<ArticleMeta>, url: string): ArticleMeta {
  const text = (x: unknown, max: number): string => (typeof x === 'string' ? x.slice(0, max) : '');
  return {
    url,
    title: text(meta.title, 500),
    site: text(meta.site, 200) || new URL(url).hostname,
    date: text(meta.date, 100) || null,
  };
}
