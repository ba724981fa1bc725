import { describe, expect, it } from 'vitest';
import { formatSeenBefore, seenBeforeLink } from '../../../utils/library/format';

const article = { url: 'https://ledger.example/story', title: 'T', site: 'The Ledger', date: '2026-03-02T10:00:00Z' };

describe('Seen before line', () => {
  it('shows status, source, site and date', () => {
    expect(formatSeenBefore({ status: 'confirmed', source: { text: 'The agency', type: 'government', chain: ['The agency'], resolved: null }, article }))
      .toBe('Seen before: confirmed — The agency (The Ledger, 2026-03-02)');
  });
  it('uses the resolved name for a pronoun source', () => {
    expect(formatSeenBefore({ status: 'reported', source: { text: 'she', type: 'person', chain: ['she'], resolved: 'Ada Moss' }, article: { ...article, date: null } }))
      .toBe('Seen before: reported — Ada Moss (The Ledger)');
  });
  it('says when no source was named', () => {
    expect(formatSeenBefore({ status: 'unattributed', source: null, article: { ...article, site: '', date: null } }))
      .toBe('Seen before: unattributed — no source named');
  });
  it('links only to http(s) articles', () => {
    expect(seenBeforeLink({ article })).toBe('https://ledger.example/story');
    expect(seenBeforeLink({ article: { ...article, url: 'javascript:alert(1)' } })).toBeNull();
  });
});
