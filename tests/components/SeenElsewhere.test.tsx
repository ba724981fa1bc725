// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { SeenElsewhere } from '@/components/popup/SeenElsewhere';
import type { SeenBefore } from '@/utils/library/seen-before';
import { HARBOUR_REPORT, HARBOUR_SENTENCES } from './fixtures/harbour';
import { page } from './fixtures/states';

afterEach(cleanup);

/** Two harbour sentences (indices 1 and 6) restate claims from an earlier, invented article. */
const ORIGINAL = { url: 'https://quay-record.example/crane', title: 'Crane falls at the container port', site: 'The Quay Record', date: '2026-04-02T06:00:00Z' };
const SEEN: SeenBefore[] = [
  {
    index: 6,
    line: 'Seen before: alleged — the dockers’ union (The Quay Record, 2026-04-02)',
    link: ORIGINAL.url,
    claim: { text: 'The dockers’ union alleged that Crane Co. skipped checks.', status: 'alleged', source: { text: 'the dockers’ union', type: 'organization', chain: ['the dockers’ union'], resolved: null }, article: ORIGINAL },
    score: 0.71,
  },
  {
    index: 1,
    line: 'Seen before: confirmed — The port authority (The Quay Record, 2026-04-02)',
    link: ORIGINAL.url,
    claim: { text: 'The port authority confirmed the crane came down overnight.', status: 'confirmed', source: { text: 'The port authority', type: 'government', chain: ['The port authority'], resolved: null }, article: ORIGINAL },
    score: 0.83,
  },
];
const actions = { onSelect: vi.fn(), onToggleHighlights: vi.fn(), onCopyMarkdown: vi.fn(async () => {}), onDownloadJson: vi.fn(), onOpenOptions: vi.fn(), onReadAnyway: vi.fn() };

describe('SeenElsewhere', () => {
  it('lists each match in article order with the original status, source, site, day and a link', () => {
    render(<SeenElsewhere items={SEEN} sentences={HARBOUR_SENTENCES} onSelect={vi.fn()} />);
    const section = screen.getByRole('region', { name: 'Seen elsewhere' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain(HARBOUR_SENTENCES[1].text);
    expect(items[0].textContent).toContain('Confirmed');
    expect(items[0].textContent).toContain('The port authority');
    expect(items[0].textContent).toContain('The Quay Record, 2026-04-02');
    expect(items[0].textContent).toContain('Originally: “The port authority confirmed the crane came down overnight.”');
    expect(items[1].textContent).toContain('Alleged');
    expect(items[1].textContent).toContain('the dockers’ union');
    const link = within(items[0]).getByRole('link', { name: 'Crane falls at the container port' });
    expect(link.getAttribute('href')).toBe(ORIGINAL.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(section.textContent).toContain('2 claims here restate');
  });

  it('scrolls the page to a sentence when it is chosen', () => {
    const onSelect = vi.fn();
    render(<SeenElsewhere items={SEEN} sentences={HARBOUR_SENTENCES} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: HARBOUR_SENTENCES[6].text }));
    expect(onSelect).toHaveBeenCalledWith(6);
  });

  it('never links a URL that is not http(s), whatever the message carried', () => {
    const evil: SeenBefore = { ...SEEN[1], link: 'javascript:alert(1)', claim: { ...SEEN[1].claim, article: { ...ORIGINAL, url: 'javascript:alert(1)' } } };
    render(<SeenElsewhere items={[evil]} sentences={HARBOUR_SENTENCES} onSelect={vi.fn()} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('Crane falls at the container port')).toBeTruthy();
  });

  it('renders nothing without matches, or for an index the report does not have', () => {
    const { container } = render(<SeenElsewhere items={[{ ...SEEN[0], index: 99 }]} sentences={HARBOUR_SENTENCES} onSelect={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });

  it('sits in the popup above the claims, with no accessibility violations', async () => {
    render(<Popup data={page({ ...HARBOUR_REPORT, seenBefore: SEEN })} {...actions} />);
    const section = screen.getByRole('region', { name: 'Seen elsewhere' });
    expect(section.compareDocumentPosition(screen.getByRole('list', { name: 'Claims in article order' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    document.documentElement.lang = 'en';
    document.title = 'Sourcelight';
    const result = await axe.run(document, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('is absent from the popup for a report without matches', () => {
    render(<Popup data={page(HARBOUR_REPORT)} {...actions} />);
    expect(screen.queryByRole('region', { name: 'Seen elsewhere' })).toBeNull();
  });
});
