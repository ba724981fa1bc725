import { describe, expect, it } from 'vitest';
import { makePack, parsePack, PACK_FORMAT, safeUrl, validatePack, validateRecord } from '../../../utils/library/pack';
import type { StoredArticle } from '../../../utils/library/types';

const article: StoredArticle = {
  url: 'https://news.example/mill-closing',
  title: 'Mill to close',
  site: 'Example News',
  date: '2026-04-02',
  addedAt: 1000,
  pinned: false,
  claims: [{
    start: 0, end: 30, text: 'The mill will close in May, the owner said.', status: 'reported',
    source: { text: 'the owner', type: 'organization', chain: ['the owner'], resolved: null }, cues: ['said'],
  }],
};

describe('claim packs', () => {
  it('round-trips through JSON', () => {
    const pack = makePack([article], new Date(0));
    const { pack: back, errors } = parsePack(JSON.stringify(pack), 5000);
    expect(errors).toEqual([]);
    expect(back.articles).toEqual([article]);
  });
  it('rejects what is not a pack', () => {
    expect(() => parsePack('not json')).toThrow(/JSON/);
    expect(() => validatePack({ format: 'other', articles: [] })).toThrow(/claim pack/);
    expect(() => validatePack({ format: PACK_FORMAT, version: 99, articles: [] })).toThrow(/newer/);
  });
  it('drops unsafe links', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,hi')).toBeNull();
    expect(safeUrl('https://ok.example/a')).toBe('https://ok.example/a');
    const { pack, errors } = validatePack({ format: PACK_FORMAT, articles: [{ ...article, url: 'javascript:alert(1)' }] });
    expect(pack.articles).toEqual([]);
    expect(errors[0]).toMatch(/unsafe url/);
  });
  it('skips malformed records and unknown statuses, keeps the rest', () => {
    const bad = { ...article, claims: [...article.claims, { text: 'x', status: 'evil' }, 42, { text: 'Ok.', status: 'unattributed', source: null }] };
    const { pack, errors } = validatePack({ format: PACK_FORMAT, articles: [bad] });
    expect(pack.articles[0].claims.map((c) => c.text)).toEqual(['The mill will close in May, the owner said.', 'Ok.']);
    expect(errors.join()).toMatch(/2 malformed/);
  });
  it('accepts the CLI sentences field and drops non-claims', () => {
    const { pack } = validatePack({
      format: PACK_FORMAT,
      articles: [{ url: 'https://a.example/', sentences: [{ text: 'Sign up now.', status: 'none', source: null }, article.claims[0]] }],
    });
    expect(pack.articles[0].claims).toHaveLength(1);
    expect(pack.articles[0].site).toBe('a.example');
  });
  it('drops unknown fields and bad source types', () => {
    const rec = validateRecord({ ...article.claims[0], extra: '<script>', source: { text: 'x', type: 'wizard' } });
    expect(rec).toBeNull();
    const ok = validateRecord({ ...article.claims[0], extra: 'y' }) as unknown as Record<string, unknown>;
    expect(ok.extra).toBeUndefined();
  });
  it('caps oversized text', () => {
    expect(validateRecord({ text: 'a'.repeat(10_000), status: 'unattributed', source: null })).toBeNull();
  });
  it('does not let imported times lie about the future', () => {
    const { pack } = validatePack({ format: PACK_FORMAT, articles: [{ ...article, addedAt: 9e15 }] }, 5000);
    expect(pack.articles[0].addedAt).toBe(5000);
  });
});
