// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '@/components/card/card';
import type { SentenceRecord } from '@/utils/analysis/types';
import type { SeenBefore } from '@/utils/library/seen-before';
import { Painter } from '@/utils/page/paint';

/**
 * The page's side of the claim memory without a browser: the card's
 * "Seen before" line and link, and the painter's match marks (happy-dom has no
 * CSS.highlights, so the painter's fallback marks carry `data-match`).
 */
const SENTENCE: SentenceRecord = {
  start: 0,
  end: 60,
  text: 'The lock keepers said the canal would reopen on Friday.',
  status: 'reported',
  source: { text: 'The lock keepers', type: 'organization', chain: ['The lock keepers'], resolved: null },
  cues: ['said'],
};
const SEEN: SeenBefore = {
  index: 0,
  line: 'Seen before: confirmed — The canal trust (Towpath Times, 2026-06-01)',
  link: 'https://towpath.example/canal',
  claim: {
    text: 'The canal trust confirmed the canal reopens on Friday.',
    status: 'confirmed',
    source: { text: 'The canal trust', type: 'organization', chain: ['The canal trust'], resolved: null },
    article: { url: 'https://towpath.example/canal', title: 'Canal to reopen', site: 'Towpath Times', date: '2026-06-01' },
  },
  score: 0.8,
};
const shadow = () => document.querySelector('sourcelight-card')!.shadowRoot!;

afterEach(() => {
  document.documentElement.querySelector('sourcelight-card')?.remove();
  document.body.innerHTML = '';
});

describe('the claim card with a match', () => {
  it('adds the "Seen before" line and a new-tab link to the original article', () => {
    const card = new ClaimCard(document);
    card.show(0, SENTENCE, new DOMRect(10, 10, 20, 20), false, SEEN);
    const seen = shadow().querySelector('.seen')!;
    expect(seen.textContent).toContain('Seen before: confirmed — The canal trust (Towpath Times, 2026-06-01)');
    const a = seen.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://towpath.example/canal');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(a.textContent).toBe('Canal to reopen');
    card.dispose();
  });

  it('refills when the match arrives while the card is open, and shows no line without one', () => {
    const card = new ClaimCard(document);
    card.show(0, SENTENCE, new DOMRect(10, 10, 20, 20));
    expect(shadow().querySelector('.seen')).toBeNull();
    card.show(0, SENTENCE, new DOMRect(10, 10, 20, 20), false, SEEN);
    expect(shadow().querySelector('.seen')).not.toBeNull();
    card.dispose();
  });

  it('never links a script URL, and puts page text in as text', () => {
    const card = new ClaimCard(document);
    const evil: SeenBefore = {
      ...SEEN,
      line: '<img src=x onerror=alert(1)>',
      link: 'javascript:alert(1)',
      claim: { ...SEEN.claim, article: { ...SEEN.claim.article, url: 'javascript:alert(1)' } },
    };
    card.show(0, SENTENCE, new DOMRect(10, 10, 20, 20), false, evil);
    const seen = shadow().querySelector('.seen')!;
    expect(seen.querySelector('a')).toBeNull();
    expect(seen.querySelector('img')).toBeNull();
    expect(seen.textContent).toContain('<img src=x onerror=alert(1)>');
    card.dispose();
  });
});

describe('the painter with matches (fallback marks)', () => {
  const ranges = () => {
    document.body.innerHTML = '<p id="a">First claim here.</p><p id="b">Second claim here.</p>';
    return ['a', 'b'].map((id) => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById(id)!.firstChild!);
      return r;
    });
  };
  const matched = () => [...document.querySelectorAll('sourcelight-mark[data-match]')].map((m) => m.textContent);

  it('marks matched ranges, follows the status filter and visibility, and forgets removed ranges', () => {
    const [a, b] = ranges();
    const painter = new Painter();
    expect(painter.native).toBe(false);
    painter.add([{ status: 'reported', range: a }, { status: 'confirmed', range: b }]);
    painter.commit();
    painter.setMatches([{ status: 'reported', range: a }, { status: 'confirmed', range: b }]);
    expect(matched()).toEqual(['First claim here.', 'Second claim here.']);
    painter.setStatuses(['confirmed']);
    expect(matched()).toEqual(['Second claim here.']);
    painter.setStatuses(null);
    painter.setVisible(false);
    expect(matched()).toEqual([]);
    painter.setVisible(true);
    painter.remove([{ status: 'confirmed', range: b }]);
    expect(matched()).toEqual(['First claim here.']);
    painter.setMatches([]);
    expect(matched()).toEqual([]);
    painter.clear();
  });
});
