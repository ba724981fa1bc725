// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimList } from '@/components/popup/ClaimList';
import { claimsIn } from '@/components/popup/sourcing';
import type { SentenceRecord } from '@/utils/analysis/types';
import { HARBOUR_SENTENCES } from './fixtures/harbour';

afterEach(cleanup);

const renderList = (sentences: SentenceRecord[], onSelect = vi.fn()) => {
  render(<ClaimList claims={claimsIn(sentences)} onSelect={onSelect} />);
  return onSelect;
};

describe('ClaimList', () => {
  it('lists only the claims, in article order, with status word, source, type and cues', () => {
    renderList(HARBOUR_SENTENCES);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(9);
    expect(items[0].textContent).toContain('Confirmed');
    expect(items[0].textContent).toContain('The port authority');
    expect(items[0].textContent).toContain('Government');
    expect(items[0].textContent).toContain('Why: “confirmed”');
    expect(items[2].textContent).toContain('Speculative');
    expect(items[2].textContent).toContain('She (Ada Brennan)');
    expect(items[8].textContent).toContain('Opinion');
    expect(items[8].textContent).toContain("No source: the author's own voice");
    expect(screen.queryByText('Harbour News, Tuesday')).toBeNull();
    expect(screen.queryByText(/Write to us/)).toBeNull();
  });

  it('says when the source comes from a nearby sentence', () => {
    const quote = { ...HARBOUR_SENTENCES[2], text: '"Two workers were hurt."', carried: true };
    renderList([HARBOUR_SENTENCES[2], quote]);
    const [said, carried] = screen.getAllByRole('listitem');
    expect(said.textContent).not.toContain('from a nearby sentence');
    expect(carried.textContent).toContain('Ada BrennanGovernmentfrom a nearby sentence');
  });

  it('shows a chain of sources as a breadcrumb, outermost first', () => {
    renderList(HARBOUR_SENTENCES);
    const item = screen.getAllByRole('listitem')[6];
    expect(item.querySelector('.claim-chain')?.textContent).toBe('Chain of sources: Dr. Ines Varga › engineers at the port');
    // A single-link chain is not repeated as a breadcrumb.
    expect(screen.getAllByRole('listitem')[0].querySelector('.claim-chain')).toBeNull();
  });

  it('shortens a long sentence on a word boundary and keeps the whole one in the title', () => {
    const long = `${'The inspectors walked the length of the quay again and again '.repeat(5)}before dawn.`;
    renderList([{ start: 0, end: long.length, text: long, status: 'unattributed', source: null, cues: [] }]);
    const text = document.querySelector('.claim-text')!.textContent!;
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('…')).toBe(true);
    expect(long.startsWith(text.slice(0, -1))).toBe(true);
    expect(screen.getByRole('button').getAttribute('title')).toBe(long);
  });

  it('reports the index of the sentence in the article when a claim is clicked', () => {
    const onSelect = renderList(HARBOUR_SENTENCES);
    fireEvent.click(screen.getByText(/night shift/));
    expect(onSelect).toHaveBeenCalledWith(3);
  });

  it('moves between claims with the arrow keys, Home and End', () => {
    renderList(HARBOUR_SENTENCES);
    const buttons = screen.getAllByRole('button');
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[8]);
    fireEvent.keyDown(buttons[8], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[8]);
    fireEvent.keyDown(buttons[8], { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0], { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[0]);
  });
});
