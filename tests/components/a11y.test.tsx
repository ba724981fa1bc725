// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/components/options/Options';
import { Popup } from '@/components/popup/Popup';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { HARBOUR_REPORT } from './fixtures/harbour';
import { STATES, page } from './fixtures/states';

afterEach(cleanup);

const noop = { onSelect: vi.fn(), onToggleHighlights: vi.fn(), onCopyMarkdown: vi.fn(async () => {}), onDownloadJson: vi.fn(), onOpenOptions: vi.fn(), onReadAnyway: vi.fn() };

/**
 * Runs axe-core over the whole document. happy-dom does no layout, so rules that
 * need it (colour contrast) come back "incomplete" rather than passing; contrast
 * is checked in the e2e run against real Chromium instead.
 */
async function violations(): Promise<string[]> {
  document.documentElement.lang = 'en';
  document.title = 'Sourcelight';
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it.each(STATES)('popup, %s: no violations', async (_, data) => {
    render(<Popup data={data} shortcut="Alt+Shift+H" {...noop} />);
    expect(await violations()).toEqual([]);
  });

  it('popup, filtered and grouped by source: no violations', async () => {
    render(<Popup data={page(HARBOUR_REPORT)} {...noop} />);
    fireEvent.click(screen.getByRole('button', { name: /^Reported 3$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Who says what' }));
    expect(await violations()).toEqual([]);
  });

  it('popup, no claim matching the search: no violations', async () => {
    render(<Popup data={page(HARBOUR_REPORT)} {...noop} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'submarine' } });
    expect(await violations()).toEqual([]);
  });

  it('options page, with blocked sites and an input error: no violations', async () => {
    render(<Options settings={{ ...DEFAULT_SETTINGS, blockedSites: ['example.com'] }} onChange={vi.fn()} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site to add' }), { target: { value: 'not a site' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add site' }).closest('form')!);
    expect(await violations()).toEqual([]);
  });

  it('finds a real violation when there is one (the check is live)', async () => {
    render(<button type="button" />);
    expect((await violations()).some((v) => v.startsWith('button-name'))).toBe(true);
  });
});
