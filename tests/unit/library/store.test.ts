import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SentenceRecord } from '../../../utils/analysis/types';
import { ClaimLibrary } from '../../../utils/library/store';
import { PACK_FORMAT } from '../../../utils/library/pack';

const rec = (text: string, status: SentenceRecord['status'] = 'reported', start = 0): SentenceRecord => ({
  start, end: start + text.length, text, status, source: status === 'unattributed' || status === 'none' ? null : { text: 'officials', type: 'government', chain: ['officials'], resolved: null }, cues: [],
});
const meta = (n: number) => ({ url: `https://news.example/${n}`, title: `Story ${n}`, site: 'Example', date: '2026-01-01' });

let clock = 0;
let lib: ClaimLibrary;
beforeEach(async () => {
  clock = 0;
  lib = await ClaimLibrary.open(new IDBFactory(), { maxClaims: 4, now: () => ++clock });
});

describe('ClaimLibrary', () => {
  it('keeps the claims of an analysed article, not its non-claims', async () => {
    expect(await lib.add(meta(1), [rec('The dam will be rebuilt.'), rec('Subscribe now', 'none', 30)])).toBe(true);
    const claims = await lib.claims();
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: 'https://news.example/1#0', status: 'reported', article: { title: 'Story 1', site: 'Example' } });
  });
  it('never keeps private-window articles', async () => {
    expect(await lib.add(meta(1), [rec('A.')], { private: true })).toBe(false);
    expect(await lib.count()).toBe(0);
  });
  it('keeps nothing while keeping is off', async () => {
    await lib.setEnabled(false);
    expect(await lib.isEnabled()).toBe(false);
    expect(await lib.add(meta(1), [rec('A.')])).toBe(false);
    await lib.setEnabled(true);
    expect(await lib.add(meta(1), [rec('A.')])).toBe(true);
  });
  it('refuses unsafe article URLs', async () => {
    expect(await lib.add({ ...meta(1), url: 'javascript:alert(1)' }, [rec('A.')])).toBe(false);
  });
  it('drops the oldest articles first when full, skipping pinned ones', async () => {
    await lib.add(meta(1), [rec('One.'), rec('Two.', 'reported', 10)]);
    await lib.add(meta(2), [rec('Three.')]);
    expect(await lib.pin(meta(1).url, true)).toBe(true);
    await lib.add(meta(3), [rec('Four.')]);
    await lib.add(meta(4), [rec('Five.')]);
    const urls = (await lib.all()).map((a) => a.url);
    expect(urls).toContain(meta(1).url); // pinned, oldest, kept
    expect(urls).not.toContain(meta(2).url); // oldest unpinned, dropped
    expect(await lib.count()).toBeLessThanOrEqual(4);
  });
  it('replaces an article analysed again, keeping its pin', async () => {
    await lib.add(meta(1), [rec('Old.')]);
    await lib.pin(meta(1).url, true);
    await lib.add(meta(1), [rec('New.')]);
    const a = await lib.get(meta(1).url);
    expect(a?.claims.map((c) => c.text)).toEqual(['New.']);
    expect(a?.pinned).toBe(true);
  });
  it('pin reports unknown articles', async () => {
    expect(await lib.pin('https://nowhere.example/', true)).toBe(false);
  });
  it('clears everything', async () => {
    await lib.add(meta(1), [rec('A.')]);
    await lib.clear();
    expect(await lib.all()).toEqual([]);
  });
  it('exports and imports claim packs', async () => {
    await lib.add(meta(1), [rec('The dam will be rebuilt.')]);
    const pack = JSON.parse(JSON.stringify(await lib.export()));
    expect(pack.format).toBe(PACK_FORMAT);
    const other = await ClaimLibrary.open(new IDBFactory());
    const res = await other.import(pack);
    expect(res).toMatchObject({ articles: 1, claims: 1, errors: [] });
    expect((await other.claims())[0].text).toBe('The dam will be rebuilt.');
  });
  it('validates imports and reports what it skipped', async () => {
    const res = await lib.import({ format: PACK_FORMAT, articles: [{ url: 'javascript:x', claims: [] }, { url: 'https://ok.example/', claims: [rec('Fine.'), { bad: 1 }] }] });
    expect(res.articles).toBe(1);
    expect(res.errors.length).toBe(2);
    await expect(lib.import({ nope: true })).rejects.toThrow(/claim pack/);
  });
});
