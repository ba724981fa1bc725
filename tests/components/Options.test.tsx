// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/components/options/Options';
import { CLAIM_STATUSES } from '@/utils/analysis/types';
import { DEFAULT_SETTINGS, normaliseSettings, type ReaderSettings } from '@/utils/settings';

afterEach(cleanup);

/** The options page with its settings kept in memory, as the entrypoint keeps them in storage. */
function Harness({ initial, spy }: { initial: ReaderSettings; spy: (s: ReaderSettings) => void }) {
  const [settings, setSettings] = useState(initial);
  return (
    <Options
      settings={settings}
      onChange={(change) => {
        const next = normaliseSettings({ ...settings, ...change });
        spy(next);
        setSettings(next);
      }}
    />
  );
}
const setup = (initial: ReaderSettings = DEFAULT_SETTINGS) => {
  const spy = vi.fn();
  render(<Harness initial={initial} spy={spy} />);
  return { last: (): ReaderSettings => spy.mock.lastCall![0] };
};

describe('Options', () => {
  it('shows the current settings', () => {
    setup({ ...DEFAULT_SETTINGS, mode: 'on-request', paintedStatuses: ['disputed'], palette: 'colour-blind', blockedSites: ['example.com'] });
    expect((screen.getByRole('radio', { name: /Only on request/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /Colour-blind safe/ }) as HTMLInputElement).checked).toBe(true);
    const checked = screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(checked.map((c) => c.closest('label')!.textContent)).toEqual(['Disputed']);
    expect(within(screen.getByRole('list', { name: 'Blocked sites' })).getByText('example.com')).toBeTruthy();
  });

  it('switches mode and palette', () => {
    const { last } = setup();
    fireEvent.click(screen.getByRole('radio', { name: /Only on request/ }));
    expect(last().mode).toBe('on-request');
    fireEvent.click(screen.getByRole('radio', { name: /Colour-blind safe/ }));
    expect(last().palette).toBe('colour-blind');
  });

  it('turns statuses off and on, keeping their order', () => {
    const { last } = setup();
    expect(screen.getAllByRole('checkbox')).toHaveLength(CLAIM_STATUSES.length);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Opinion' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Confirmed' }));
    expect(last().paintedStatuses).toEqual(['reported', 'alleged', 'speculative', 'disputed', 'unattributed']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Confirmed' }));
    expect(last().paintedStatuses[0]).toBe('confirmed');
  });

  it('adds a site from whatever was typed, refuses what names no site, and removes one', () => {
    const { last } = setup();
    const input = screen.getByRole('textbox', { name: 'Site to add' });
    fireEvent.input(input, { target: { value: 'https://www.Example.com/politics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(last().blockedSites).toEqual(['example.com']);
    expect((input as HTMLInputElement).value).toBe('');

    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(screen.getByRole('alert').textContent).toContain('“not a site” is not a site name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(last().blockedSites).toEqual(['example.com']);

    fireEvent.click(screen.getByRole('button', { name: 'Remove example.com' }));
    expect(last().blockedSites).toEqual([]);
    expect(screen.getByText('No sites yet.')).toBeTruthy();
  });
});

describe('Options: the keyboard shortcut', () => {
  it('names the current shortcut and opens the browser settings to change it', () => {
    const onEditShortcut = vi.fn();
    render(<Options settings={DEFAULT_SETTINGS} onChange={vi.fn()} shortcut="Alt+Shift+H" onEditShortcut={onEditShortcut} />);
    expect(screen.getByText('Alt+Shift+H').tagName).toBe('KBD');
    fireEvent.click(screen.getByRole('button', { name: 'Change the shortcut' }));
    expect(onEditShortcut).toHaveBeenCalledOnce();
  });

  it('says so when the reader has no shortcut', () => {
    render(<Options settings={DEFAULT_SETTINGS} onChange={vi.fn()} shortcut={null} />);
    expect(screen.getByText('No shortcut is set for showing and hiding the highlights.')).toBeTruthy();
  });
});
