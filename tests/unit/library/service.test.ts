import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SentenceRecord, Status } from '../../../utils/analysis/types';
import { claimMemoryHandlers } from '../../../utils/library/memory-messages';
import { PACK_FORMAT } from '../../../utils/library/pack';
import type { RecallRequest } from '../../../utils/library/seen-before';
import { ClaimService, articleKey } from '../../../utils/library/service';
import { ClaimLibrary } from '../../../utils/library/store';
import type { ArticleMeta } from '../../../utils/library/types';

/**
 * The background's claim-memory rules, on fake-indexeddb: match first (never
 * against the page itself), then keep (never from a private window or while
 * keeping is off), and the index follows every change to the library.
 */
const rec = (text: string, status: Status = 'reported', source: string | null = 'the harbour authority', start = 0): SentenceRecord => ({
  start,
  end: start + text.length,
  text,
  status,
  source: source ? { text: source, type: 'government', chain: [source], resolved: null } : null,
  cues: [],
});
const meta = (n: number, over: Partial<ArticleMeta> = {}): ArticleMeta => ({
  url: `https://tidings.example/story-${n}`,
  title: `Story ${n}`,
  site: 'The Tidings',
  date: '2026-09-01T08:00:00Z',
  ...over,
});
const request = (article: ArticleMeta, ...sentences: SentenceRecord[]): RecallRequest => ({
  article,
  claims: sentences.map((sentence, index) => ({ index, sentence })),
});

// Article 1's claims, and restatements of them in other words.
const DREDGING = rec('The harbour authority confirmed that dredging of the eastern channel will begin in March.', 'confirmed');
const DREDGING_AGAIN = rec('Dredging of the eastern channel is set to begin in March, the harbour authority confirmed.', 'confirmed', 'the harbour authority', 10);
const FERRIES = rec('Ferry crossings to Pellin Island will be cut to two a day during the works, officials said.', 'reported', 'officials', 100);
const FERRIES_AGAIN = rec('Officials said crossings to Pellin Island by ferry will be reduced to two a day while the works last.', 'reported', 'officials', 200);
const FERRIES_DENIED = rec('Officials said ferry crossings to Pellin Island will not be cut during the works.', 'reported', 'officials', 300);
const UNRELATED = rec('The museum on Quay Street reopened its maritime gallery after a two-year renovation.', 'unattributed', null, 400);

let clock = 0;
let keeping = true;
let library: ClaimLibrary;
let service: ClaimService;
const open = async (maxClaims = 1000) => {
  library = await ClaimLibrary.open(new IDBFactory(), { maxClaims, now: () => ++clock });
  // Each look at the clock is an hour later: every read is a new visit (see the rewrite test for re-runs).
  let hours = 0;
  service = new ClaimService(library, { keeping: async () => keeping, maxClaims, now: () => ++hours * 3_600_000 });
};
beforeEach(async () => {
  clock = 0;
  keeping = true;
  await open();
});

/** Keeps article `n` with these claims and waits until it is stored. */
const read = async (n: number, ...claims: SentenceRecord[]) => {
  const found = await service.recall(request(meta(n), ...claims));
  await service.idle();
  return found;
};

describe('ClaimService.recall', () => {
  it('matches restatements of a claim read before, with its source, status, article and link', async () => {
    expect(await read(1, DREDGING, FERRIES)).toEqual([]);
    const found = await read(2, UNRELATED, DREDGING_AGAIN, FERRIES_AGAIN);
    expect(found.map((f) => f.index)).toEqual([1, 2]);
    expect(found[0]).toMatchObject({
      index: 1,
      line: 'Seen before: confirmed — the harbour authority (The Tidings, 2026-09-01)',
      link: 'https://tidings.example/story-1',
      claim: { text: DREDGING.text, status: 'confirmed', source: { text: 'the harbour authority' }, article: meta(1) },
    });
    expect(found[0].score).toBeGreaterThanOrEqual(0.5);
    expect(found[1].claim.text).toBe(FERRIES.text);
  });

  it('does not match a contradiction', async () => {
    await read(1, FERRIES);
    expect(await read(2, FERRIES_DENIED)).toEqual([]);
  });

  it('never matches a page against its own earlier visit, whatever its fragment', async () => {
    await read(1, DREDGING);
    const again = await service.recall(request(meta(1, { url: 'https://tidings.example/story-1#comments' }), DREDGING_AGAIN));
    expect(again).toEqual([]);
    // …and the revisit replaced the stored copy instead of adding one under the fragment.
    await service.idle();
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-1']);
  });

  it('keeps nothing from a private window, but still answers', async () => {
    await read(1, DREDGING);
    const found = await service.recall(request(meta(2), DREDGING_AGAIN, FERRIES), { private: true });
    await service.idle();
    expect(found).toHaveLength(1);
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-1']);
    expect(await read(3, FERRIES_AGAIN)).toEqual([]); // story 2's ferry claim was never kept
  });

  it('keeps nothing while keeping is off, and keeps again when it is back on', async () => {
    keeping = false;
    await read(1, DREDGING);
    expect((await service.status()).claims).toBe(0);
    keeping = true;
    await read(1, DREDGING);
    expect((await service.status()).claims).toBe(1);
  });

  it('replaces an article re-read with new text: its old claims no longer match', async () => {
    await read(1, DREDGING);
    await read(1, FERRIES);
    expect(await read(2, DREDGING_AGAIN)).toEqual([]);
    expect((await read(3, FERRIES_AGAIN)).map((f) => f.claim.article.url)).toEqual(['https://tidings.example/story-1']);
  });

  it('answers [] for a request it cannot use, and for a failing library', async () => {
    expect(await service.recall({} as RecallRequest)).toEqual([]);
    expect(await service.recall(request(meta(1, { url: 'javascript:alert(1)' }), DREDGING))).toEqual([]);
    await service.idle();
    expect((await service.status()).claims).toBe(0);
    const broken = new ClaimService({ claims: () => Promise.reject(new Error('disk gone')) } as unknown as ClaimLibrary, { keeping: async () => true });
    expect(await broken.recall(request(meta(1), DREDGING))).toEqual([]);
    expect(await broken.status()).toEqual({ articles: [], claims: 0, maxClaims: 50_000 });
  });

  it('keeps what a hostile page sends only as a claim pack would be imported: shapes checked, sizes capped', async () => {
    const hostile = {
      article: { url: 'https://tidings.example/hostile', title: 'T'.repeat(10_000), site: 42, date: { year: 2026 } },
      claims: [
        { index: 0, sentence: DREDGING },
        { index: 1, sentence: rec('x '.repeat(5_000), 'reported') },
        { index: 2, sentence: { ...FERRIES, status: 'made-up' } },
        { index: 3, sentence: { ...FERRIES, cues: Array.from({ length: 100 }, () => 'said') } },
      ],
    } as unknown as RecallRequest;
    await service.recall(hostile);
    await service.idle();
    const [kept] = await library.all();
    expect(kept).toMatchObject({ site: 'tidings.example', date: null });
    expect(kept.title).toHaveLength(500);
    expect(kept.claims.map((c) => c.text)).toEqual([DREDGING.text, FERRIES.text]);
    expect(kept.claims[1].cues).toHaveLength(20);
    // …so it can be exported and imported again unchanged.
    const pack = await service.exportPack();
    await open();
    expect(await service.importPack(JSON.stringify(pack))).toEqual({ ok: true, articles: 1, claims: 2, errors: [] });
  });

  it('sees an article stored just before, even when asked at once (writes are waited for)', async () => {
    void service.recall(request(meta(1), DREDGING));
    expect(await service.recall(request(meta(2), DREDGING_AGAIN))).toHaveLength(1);
  });

  it('matches against a page whose library write has not landed yet, and forgets it if the write fails', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let fail = false;
    const slow = new Proxy(library, {
      get(target, prop) {
        if (prop === 'add') {
          return async (...args: Parameters<ClaimLibrary['add']>) => {
            await gate;
            if (fail) throw new Error('quota exceeded');
            return target.add(...args);
          };
        }
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const svc = new ClaimService(slow, { keeping: async () => true });
    void svc.recall(request(meta(1), DREDGING));
    // Story 1 is still being written, yet story 2 is matched against it at once.
    expect(await svc.recall(request(meta(2), DREDGING_AGAIN), { private: true })).toHaveLength(1);
    release();
    await svc.idle();
    expect((await svc.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-1']);

    fail = true;
    void svc.recall(request(meta(3), FERRIES));
    await svc.idle();
    expect((await svc.status()).articles).toHaveLength(1);
    expect(await svc.recall(request(meta(4), FERRIES_AGAIN), { private: true })).toEqual([]);
  });

  it('does not rewrite an article re-analysed with the same claims, but does when they changed', async () => {
    let adds = 0;
    const counting = new Proxy(library, {
      get(target, prop) {
        if (prop === 'add') return (...args: Parameters<ClaimLibrary['add']>) => (adds++, target.add(...args));
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let now = 0;
    const svc = new ClaimService(counting, { keeping: async () => true, now: () => now });
    const again = async (...claims: SentenceRecord[]) => {
      await svc.recall(request(meta(1), ...claims));
      await svc.idle();
    };
    await again(DREDGING);
    now = 60_000; // re-run a minute later, nothing changed
    await again(DREDGING);
    expect(adds).toBe(1);
    now = 3_600_000; // a visit an hour later: written again (it becomes the newest)
    await again(DREDGING);
    expect(adds).toBe(2);
    await again(DREDGING, FERRIES); // a late paragraph brought a claim
    expect(adds).toBe(3);
    await svc.forget('https://tidings.example/story-1');
    await again(DREDGING, FERRIES); // forgotten, then read again: kept again
    expect(adds).toBe(4);
    expect((await svc.status()).claims).toBe(2);
  });

  it('builds its index from what the library already holds (a restarted background)', async () => {
    await read(1, DREDGING);
    const restarted = new ClaimService(library, { keeping: async () => true });
    restarted.warm();
    expect(await restarted.recall(request(meta(2), DREDGING_AGAIN))).toHaveLength(1);
  });
});

describe('ClaimService: the library bound', () => {
  it('drops in the library’s order: an article read again counts as new', async () => {
    await open(2);
    await read(1, DREDGING);
    await read(2, FERRIES);
    await read(1, DREDGING); // story 1 is now the newest
    await read(3, UNRELATED); // story 2 goes
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-3', 'https://tidings.example/story-1']);
    // Asked as private pages, so that asking keeps nothing more.
    expect(await service.recall(request(meta(4), FERRIES_AGAIN), { private: true })).toEqual([]);
    expect(await service.recall(request(meta(5), DREDGING_AGAIN), { private: true })).toHaveLength(1);
  });

  it('drops several articles at once when a big one arrives', async () => {
    await open(3);
    await read(1, DREDGING);
    await read(2, FERRIES);
    await read(3, rec('A third claim about the lighthouse keepers and their cottages.', 'reported', 'the council', 0), rec('The lighthouse keepers will move out in April, the council said.', 'reported', 'the council', 70), rec('Their cottages will be sold at auction, the council said.', 'reported', 'the council', 140));
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-3']);
    expect(await service.recall(request(meta(4), DREDGING_AGAIN, FERRIES_AGAIN))).toEqual([]);
  });

  it('drops the oldest unpinned article from the index too, never a pinned one', async () => {
    await open(2);
    await read(1, DREDGING);
    await read(2, FERRIES);
    expect(await service.pin('https://tidings.example/story-1', true)).toBe(true);
    await read(3, UNRELATED); // over the bound: story 2 (oldest unpinned) goes
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-3', 'https://tidings.example/story-1']);
    expect(await service.recall(request(meta(4), FERRIES_AGAIN))).toEqual([]);
    expect(await service.recall(request(meta(5), DREDGING_AGAIN))).toHaveLength(1);
  });
});

describe('ClaimService: the options page', () => {
  it('lists kept articles newest first with their counts and pins', async () => {
    await read(1, DREDGING, FERRIES);
    await read(2, UNRELATED);
    await service.pin('https://tidings.example/story-1', true);
    const status = await service.status();
    expect(status.claims).toBe(3);
    expect(status.maxClaims).toBe(1000);
    expect(status.articles).toMatchObject([
      { url: 'https://tidings.example/story-2', claims: 1, pinned: false, title: 'Story 2', site: 'The Tidings' },
      { url: 'https://tidings.example/story-1', claims: 2, pinned: true },
    ]);
    expect(await service.pin('https://tidings.example/never-kept', true)).toBe(false);
  });

  it('forgets one article and clears all, and matching follows', async () => {
    await read(1, DREDGING);
    await read(2, FERRIES);
    expect(await service.forget('https://tidings.example/story-1')).toBe(true);
    expect(await service.recall(request(meta(3), DREDGING_AGAIN))).toEqual([]);
    expect(await service.recall(request(meta(3), FERRIES_AGAIN))).toHaveLength(1);
    expect(await service.clear()).toBe(true);
    expect(await service.recall(request(meta(4), FERRIES_AGAIN))).toEqual([]);
    await service.idle();
    // Recalls keep their page: story 3 was kept before the clear and went with it; story 4 came after.
    expect((await service.status()).articles.map((a) => a.url)).toEqual(['https://tidings.example/story-4']);
  });

  it('exports a claim pack and imports it into another library, where it matches', async () => {
    await read(1, DREDGING, FERRIES);
    const pack = await service.exportPack();
    expect(pack).toMatchObject({ format: PACK_FORMAT, articles: [{ url: 'https://tidings.example/story-1' }] });

    await open();
    const outcome = await service.importPack(JSON.stringify(pack));
    expect(outcome).toEqual({ ok: true, articles: 1, claims: 2, errors: [] });
    expect(await service.recall(request(meta(2), DREDGING_AGAIN))).toHaveLength(1);
  });

  it('imports what is valid, reports what is rejected, and refuses what is not a pack', async () => {
    const pack = {
      format: PACK_FORMAT,
      version: 1,
      exported: '2026-09-02T00:00:00Z',
      articles: [
        { ...meta(7), claims: [DREDGING, { text: 42 }] },
        { ...meta(8, { url: 'javascript:alert(1)' }), claims: [FERRIES] },
      ],
    };
    const outcome = await service.importPack(JSON.stringify(pack));
    expect(outcome.ok).toBe(true);
    expect(outcome).toMatchObject({ articles: 1, claims: 1 });
    expect(outcome.errors).toHaveLength(2);
    expect(outcome.errors.join(' ')).toMatch(/malformed/);
    expect(outcome.errors.join(' ')).toMatch(/unsafe url/);
    expect(await service.recall(request(meta(2), DREDGING_AGAIN))).toHaveLength(1);

    expect(await service.importPack('{not json')).toEqual({ ok: false, articles: 0, claims: 0, errors: ['The file is not JSON.'] });
    const notPack = await service.importPack(JSON.stringify({ hello: 'world' }));
    expect(notPack.ok).toBe(false);
    expect(notPack.errors[0]).toMatch(/not a Sourcelight claim pack/i);
  });
});

describe('claimMemoryHandlers', () => {
  it('passes the tab’s private flag to the service: an incognito tab’s page is never kept', async () => {
    const h = claimMemoryHandlers(Promise.resolve(service));
    await h.recallClaims({ data: request(meta(1), DREDGING), sender: { tab: { incognito: true } } });
    await service.idle();
    expect((await h.libraryStatus()).claims).toBe(0);
    await h.recallClaims({ data: request(meta(1), DREDGING), sender: { tab: { incognito: false } } });
    await service.idle();
    expect((await h.libraryStatus()).claims).toBe(1);
  });

  it('answers safe fallbacks when there is no library', async () => {
    const h = claimMemoryHandlers(Promise.resolve(null));
    expect(await h.recallClaims({ data: request(meta(1), DREDGING), sender: {} })).toEqual([]);
    expect(await h.clearLibrary()).toBe(false);
    expect(await h.exportLibrary()).toBeNull();
    expect((await h.importLibrary({ data: '{}' })).ok).toBe(false);
    const failing = claimMemoryHandlers(Promise.reject(new Error('no IndexedDB')));
    expect(await failing.recallClaims({ data: request(meta(1), DREDGING), sender: {} })).toEqual([]);
  });
});

describe('articleKey', () => {
  it('is the http(s) URL without its fragment, or null', () => {
    expect(articleKey('https://Tidings.example/a?b=1#c')).toBe('https://tidings.example/a?b=1');
    expect(articleKey('https://tidings.example/a?id=7&utm_source=feed&utm_medium=social&fbclid=xyz')).toBe('https://tidings.example/a?id=7');
    expect(articleKey('https://tidings.example/a?utm_campaign=x')).toBe('https://tidings.example/a');
    expect(articleKey('javascript:alert(1)')).toBeNull();
    expect(articleKey('not a url')).toBeNull();
  });
});
