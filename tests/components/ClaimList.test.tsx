// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimList } from '@/components/popup/ClaimList';
import type { SentenceRecord } from '@/utils/analysis/types';

const sentence = (over: Partial<SentenceRecord>): SentenceRecord => ({
  start: 0,
  end: 10,
  text: 'A sentence.',
  status: 'unattributed',
  source: null,
  cues: [],
  ...over,
});

const SENTENCES: SentenceRecord[] = [
  sentence({ text: 'Harbour News, Tuesday', status: 'none' }),
  sentence({
    text: 'The port authority confirmed the crane collapsed overnight.',
    status: 'confirmed',
    source: { text: 'The port authority', type: 'government', chain: ['The port authority'], resolved: null },
    cues: ['confirmed'],
  }),
  sentence({
    text: 'She said the night shift may have ignored the wind warning.',
    status: 'speculative',
    source: { text: 'She', type: 'person', chain: ['She'], resolved: 'Ada Brennan' },
    cues: ['said', 'may'],
  }),
  sentence({ text: 'The harbour needs a new safety plan.', status: 'opinion' }),
];

afterEach(cleanup);

describe('ClaimList', () => {
  it('lists only the claims, in article order, with status, source, type and cues', () => {
    render(<ClaimList sentences={SENTENCES} onSelect={() => {}} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('Confirmed');
    expect(items[0].textContent).toContain('The port authority');
    expect(items[0].textContent).toContain('Government');
    expect(items[0].textContent).toContain('“confirmed”');
    expect(items[1].textContent).toContain('Speculative');
    expect(items[1].textContent).toContain('She (Ada Brennan)');
    expect(items[2].textContent).toContain('Opinion');
    expect(items[2].textContent).toContain('No source named');
    expect(screen.queryByText('Harbour News, Tuesday')).toBeNull();
  });

  it('reports the index of the sentence in the article when a claim is clicked', () => {
    const onSelect = vi.fn();
    render(<ClaimList sentences={SENTENCES} onSelect={onSelect} />);
    fireEvent.click(screen.getByText(/night shift/));
    expect(onSelect).toHaveBeenCalledWith(2);
  });

  it('says so when the article has no claims', () => {
    render(<ClaimList sentences={[SENTENCES[0]]} onSelect={() => {}} />);
    expect(screen.getByText('No claims found in this article.')).toBeTruthy();
  });
});
