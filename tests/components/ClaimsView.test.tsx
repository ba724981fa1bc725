// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimsView } from '@/components/popup/ClaimsView';
import { HARBOUR_SENTENCES } from './fixtures/harbour';

afterEach(cleanup);

const setup = () => {
  const onSelect = vi.fn();
  render(<ClaimsView sentences={HARBOUR_SENTENCES} onSelect={onSelect} />);
  return { onSelect, items: () => screen.queryAllByRole('listitem').map((li) => li.textContent ?? '') };
};
const statusChip = (name: RegExp) => within(screen.getByRole('group', { name: 'Show statuses' })).getByRole('button', { name });

describe('ClaimsView', () => {
  it('opens on the summary: count, gist, status bar with its words, and the numbers', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('9 claims');
    expect(screen.getByText('Rests mostly on named sources, with some anonymous ones.')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Statuses: Confirmed 1, Reported 3, Alleged 1, Speculative 1, Disputed 1, Unattributed 1, Opinion 1',
    );
    const stats = document.querySelector('.stats')!.textContent;
    expect(stats).toContain('Attributed6 of 9');
    expect(stats).toContain('4 named · 1 anonymous');
    expect(stats).toContain('22% of claims');
  });

  it('filters by status chips, which say whether they are pressed', () => {
    const { items } = setup();
    const reported = statusChip(/^Reported 3$/);
    fireEvent.click(reported);
    expect(reported.getAttribute('aria-pressed')).toBe('true');
    expect(items()).toHaveLength(3);
    fireEvent.click(statusChip(/^Disputed 1$/));
    expect(items()).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('4 of 9 claims shown');
    fireEvent.click(reported);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toContain('Disputed');
  });

  it('filters by source type, listing only the types present, with counts', () => {
    const { items } = setup();
    const select = screen.getByRole('combobox', { name: 'Source type' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'All source types',
      'Government (3)',
      'Organization (1)',
      'Expert (1)',
      'Anonymous (1)',
      'No source (3)',
    ]);
    fireEvent.change(select, { target: { value: 'government' } });
    expect(items()).toHaveLength(3);
    fireEvent.change(select, { target: { value: 'none' } });
    expect(items().every((t) => t.includes("No source: the author's own voice"))).toBe(true);
  });

  it('searches sentences and sources, says when nothing matches, and clears', () => {
    const { items } = setup();
    const search = screen.getByRole('searchbox', { name: 'Search sentences and sources' });
    fireEvent.input(search, { target: { value: 'crane denied' } });
    expect(items()).toHaveLength(1);
    expect(items()[0]).toContain('Crane Co.');
    fireEvent.input(search, { target: { value: 'submarine' } });
    expect(screen.getByText('No claim matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(items()).toHaveLength(9);
    expect(document.activeElement).toBe(search);
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('groups by source ("who says what") and keeps the filters in that view', () => {
    const { items, onSelect } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Who says what' }));
    expect(screen.getByRole('button', { name: 'Who says what' }).getAttribute('aria-pressed')).toBe('true');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Ada BrennanGovernment2 claims');
    expect(headings.at(-1)).toBe("No source: the author's own voice3 claims");
    // Within a named group the source is not repeated on every claim.
    const ada = screen.getByRole('list', { name: /Ada Brennan/ });
    expect(within(ada).getAllByRole('listitem').every((li) => !li.querySelector('.claim-source'))).toBe(true);
    fireEvent.click(statusChip(/^Speculative 1$/));
    expect(items()).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(1);
    fireEvent.click(within(screen.getByRole('listitem')).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith(3);
  });
});

describe('ClaimsView: going to a claim', () => {
  it('says so when the sentence is no longer on the page, and clears that once one is found', async () => {
    const onSelect = vi.fn(async (index: number) => index !== 2);
    render(<ClaimsView sentences={HARBOUR_SENTENCES} onSelect={onSelect} />);
    fireEvent.click(screen.getByText(/two workers were hurt/));
    expect((await screen.findByRole('alert')).textContent).toContain('no longer on the page');
    fireEvent.click(screen.getByText(/night shift/));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onSelect).toHaveBeenLastCalledWith(3);
  });
});
