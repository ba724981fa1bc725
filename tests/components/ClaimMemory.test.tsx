// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimMemory, describeImport, type ClaimMemoryProps } from '@/components/options/ClaimMemory';
import { Options } from '@/components/options/Options';
import type { ArticleSummary, ImportOutcome, LibraryStatus } from '@/utils/library/seen-before';
import { DEFAULT_SETTINGS } from '@/utils/settings';

afterEach(cleanup);

const article = (n: number, over: Partial<ArticleSummary> = {}): ArticleSummary => ({
  url: `https://tidings.example/story-${n}`,
  title: `Story ${n}`,
  site: 'The Tidings',
  date: '2026-09-0' + ((n % 9) + 1) + 'T08:00:00Z',
  addedAt: n,
  pinned: false,
  claims: n,
  ...over,
});
const STATUS: LibraryStatus = { articles: [article(2), article(1, { pinned: true })], claims: 3, maxClaims: 50_000 };

/** The section with its callbacks spied on; the library changes as the background would change it. */
function setup(props: Partial<ClaimMemoryProps> = {}) {
  const calls = {
    onKeepingChange: vi.fn(),
    onPin: vi.fn(),
    onForget: vi.fn(),
    onClear: vi.fn(),
    onExport: vi.fn(async () => true),
    onImport: vi.fn(async (_: string): Promise<ImportOutcome> => ({ ok: true, articles: 2, claims: 9, errors: ['https://x.example/: 1 malformed record(s) skipped'] })),
  };
  render(<ClaimMemory keeping status={STATUS} {...calls} {...props} />);
  return calls;
}

describe('ClaimMemory (options)', () => {
  it('shows the keep switch, the counts and the kept articles with their pins', () => {
    setup();
    expect((screen.getByRole('checkbox', { name: /Keep the claims of articles I read/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/2 articles and 3 claims kept\. At most 50,000 claims/)).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Kept articles' })).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('a')!.textContent)).toEqual(['Story 2', 'Story 1']);
    expect(rows[0].textContent).toContain('The Tidings · 2026-09-03 · 2 claims');
    expect(screen.getByRole('button', { name: 'Pin Story 1' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Pin Story 2' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('turns keeping off, pins, unpins and forgets', () => {
    const calls = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Keep the claims/ }));
    expect(calls.onKeepingChange).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Pin Story 2' }));
    expect(calls.onPin).toHaveBeenCalledWith('https://tidings.example/story-2', true);
    fireEvent.click(screen.getByRole('button', { name: 'Pin Story 1' }));
    expect(calls.onPin).toHaveBeenLastCalledWith('https://tidings.example/story-1', false);
    fireEvent.click(screen.getByRole('button', { name: 'Forget Story 2' }));
    expect(calls.onForget).toHaveBeenCalledWith('https://tidings.example/story-2');
  });

  it('asks before clearing everything', () => {
    const calls = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(calls.onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('group', { name: 'Confirm clearing' }).textContent).toContain('Forget all 2 articles?');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear all' }));
    expect(calls.onClear).toHaveBeenCalledTimes(1);
  });

  it('exports, and imports a chosen file, saying how much was added and what was rejected', async () => {
    const calls = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export claim pack' }));
    expect(calls.onExport).toHaveBeenCalled();
    const input = screen.getByLabelText('Import claim pack') as HTMLInputElement;
    const file = new File(['{"format":"sourcelight-claim-pack"}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByText('Imported 2 articles (9 claims); 1 problem (listed below).')).toBeTruthy());
    expect(calls.onImport).toHaveBeenCalledWith('{"format":"sourcelight-claim-pack"}');
    expect(screen.getByText('https://x.example/: 1 malformed record(s) skipped')).toBeTruthy();
  });

  it('says so when the export could not be made', async () => {
    setup({ onExport: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Export claim pack' }));
    await waitFor(() => expect(screen.getByText('The claim pack could not be made; nothing was saved.')).toBeTruthy());
  });

  it('says why a refused file imported nothing', () => {
    expect(describeImport({ ok: false, articles: 0, claims: 0, errors: ['The file is not JSON.'] })).toBe('Nothing imported: The file is not JSON.');
    expect(describeImport({ ok: true, articles: 1, claims: 1, errors: [] })).toBe('Imported 1 article (1 claim).');
  });

  it('lists the newest 50 articles first, and all on request', () => {
    const many = Array.from({ length: 60 }, (_, i) => article(60 - i));
    setup({ status: { articles: many, claims: 1830, maxClaims: 50_000 } });
    const list = screen.getByRole('list', { name: 'Kept articles' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 60 articles' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });

  it('with an empty library: nothing to export or clear', () => {
    setup({ status: { articles: [], claims: 0, maxClaims: 50_000 } });
    expect(screen.getByText(/0 articles and 0 claims kept/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export claim pack' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Clear all' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('list', { name: 'Kept articles' })).toBeNull();
  });

  it('sits in the options page with no accessibility violations', async () => {
    function Page() {
      const [keeping, setKeeping] = useState(true);
      return (
        <Options
          settings={DEFAULT_SETTINGS}
          onChange={() => {}}
          claimMemory={
            <ClaimMemory keeping={keeping} onKeepingChange={setKeeping} status={STATUS} onPin={() => {}} onForget={() => {}} onClear={() => {}} onExport={async () => true} onImport={async () => ({ ok: true, articles: 0, claims: 0, errors: [] })} />
          }
        />
      );
    }
    render(<Page />);
    expect(screen.getByRole('group', { name: 'Claim memory' })).toBeTruthy();
    document.documentElement.lang = 'en';
    document.title = 'Sourcelight options';
    const result = await axe.run(document, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
