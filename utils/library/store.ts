/**
 * The claim library on the device: the claims of articles the reader analysed,
 * in IndexedDB (through `idb`). Bounded: past `maxClaims` the oldest unpinned
 * articles are dropped first. Nothing is kept when keeping is turned off or
 * the page is in a private window. Exports and imports claim packs.
 *
 * The IDBFactory is a parameter so tests can pass fake-indexeddb and the
 * extension passes `indexedDB`.
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { SentenceRecord } from '../analysis/types';
import { makePack, validatePack, type ClaimPack } from './pack';
import { claimsOf, type ArticleMeta, type StoredArticle, type StoredClaim } from './types';
import { safeUrl } from './pack';

interface LibrarySchema extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { addedAt: number } };
  meta: { key: string; value: { key: string; value: unknown } };
}

export const DEFAULT_DB_NAME = 'sourcelight-claims';
/** Default bound: matching stays well under 20 ms per page at this size. */
export const DEFAULT_MAX_CLAIMS = 50_000;
const DB_VERSION = 1;

export interface LibraryOptions {
  dbName?: string;
  /** Most claims kept; the oldest unpinned articles are dropped beyond it. */
  maxClaims?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface AddOptions {
  /** The article was read in a private (incognito) window: never kept. */
  private?: boolean;
}

export class ClaimLibrary {
  private constructor(
    private readonly db: IDBPDatabase<LibrarySchema>,
    private readonly maxClaims: number,
    private readonly now: () => number,
  ) {}

  /** Open (creating if needed) the library in the given IndexedDB. */
  static async open(factory: IDBFactory, options: LibraryOptions = {}): Promise<ClaimLibrary> {
    const request = factory.open(options.dbName ?? DEFAULT_DB_NAME, DB_VERSION);
    request.addEventListener('upgradeneeded', () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('articles')) {
        db.createObjectStore('articles', { keyPath: 'url' }).createIndex('addedAt', 'addedAt');
      }
      if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'key' });
    });
    const db = (await wrap(request)) as unknown as IDBPDatabase<LibrarySchema>;
    return new ClaimLibrary(db, options.maxClaims ?? DEFAULT_MAX_CLAIMS, options.now ?? Date.now);
  }

  /** Close the database connection. */
  close(): void {
    this.db.close();
  }

  /** Whether keeping claims is on (default on). */
  async isEnabled(): Promise<boolean> {
    const rec = await this.db.get('meta', 'enabled');
    return rec ? rec.value !== false : true;
  }

  /** Turn keeping on or off. Turning it off does not delete what is kept; `clear()` does. */
  async setEnabled(enabled: boolean): Promise<void> {
    await this.db.put('meta', { key: 'enabled', value: enabled });
  }

  /**
   * Keep an article's claims (sentences whose status is not `none`).
   * Replaces an earlier copy of the same URL, keeping its pin.
   * @returns false when nothing was kept (keeping off, private window, no claims, unsafe URL).
   */
  async add(meta: ArticleMeta, records: SentenceRecord[], options: AddOptions = {}): Promise<boolean> {
    if (options.private || !(await this.isEnabled())) return false;
    const url = safeUrl(meta.url);
    const claims = records.filter((r) => r.status !== 'none');
    if (!url || !claims.length) return false;
    const tx = this.db.transaction('articles', 'readwrite');
    const old = await tx.store.get(url);
    await tx.store.put({
      url,
      title: meta.title,
      site: meta.site,
      date: meta.date,
      addedAt: this.now(),
      pinned: old?.pinned ?? false,
      claims,
    });
    await tx.done;
    await this.evict();
    return true;
  }

  /** Every kept article, oldest first. */
  async all(): Promise<StoredArticle[]> {
    return this.db.getAllFromIndex('articles', 'addedAt');
  }

  /** Every kept claim, flattened for the matcher (feed to `buildIndex`). */
  async claims(): Promise<StoredClaim[]> {
    return (await this.all()).flatMap(claimsOf);
  }

  /** One article by URL. */
  async get(url: string): Promise<StoredArticle | undefined> {
    return this.db.get('articles', url);
  }

  /** Number of kept claims. */
  async count(): Promise<number> {
    let n = 0;
    for (const a of await this.all()) n += a.claims.length;
    return n;
  }

  /** Forget one article. */
  async remove(url: string): Promise<void> {
    await this.db.delete('articles', url);
  }

  /** Forget everything (the options page's "Clear"). The on/off setting stays. */
  async clear(): Promise<void> {
    await this.db.clear('articles');
  }

  /**
   * Pin or unpin an article: pinned articles are never dropped to make room.
   * @returns false when the article is not in the library.
   */
  async pin(url: string, pinned: boolean): Promise<boolean> {
    const tx = this.db.transaction('articles', 'readwrite');
    const a = await tx.store.get(url);
    if (a) await tx.store.put({ ...a, pinned });
    await tx.done;
    return !!a;
  }

  /** The whole library as a claim pack. */
  async export(): Promise<ClaimPack> {
    return makePack(await this.all(), new Date(this.now()));
  }

  /**
   * Import a claim pack (parsed JSON, untrusted: validated here). Articles
   * already kept are replaced; a pin on either side is kept. Imports even when
   * keeping is off: importing is an explicit act.
   * @returns how many articles were added and what was skipped.
   */
  async import(pack: unknown): Promise<{ articles: number; claims: number; errors: string[] }> {
    const { pack: clean, errors } = validatePack(pack, this.now());
    const tx = this.db.transaction('articles', 'readwrite');
    let claims = 0;
    for (const a of clean.articles) {
      if (!a.claims.length) continue;
      const old = await tx.store.get(a.url);
      await tx.store.put({ ...a, pinned: a.pinned || !!old?.pinned });
      claims += a.claims.length;
    }
    await tx.done;
    await this.evict();
    return { articles: clean.articles.filter((a) => a.claims.length).length, claims, errors };
  }

  /** Drop the oldest unpinned articles until at most maxClaims claims remain. */
  private async evict(): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    const index = tx.store.index('addedAt');
    let total = 0;
    for (let c = await index.openCursor(); c; c = await c.continue()) total += c.value.claims.length;
    for (let c = await index.openCursor(); c && total > this.maxClaims; c = await c.continue()) {
      if (c.value.pinned) continue;
      total -= c.value.claims.length;
      await c.delete();
    }
    await tx.done;
  }
}
