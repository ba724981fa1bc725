// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions } from '@/components/popup/Popup';
import { HARBOUR_REPORT } from './fixtures/harbour';
import { STATES, page } from './fixtures/states';

afterEach(cleanup);

const actions = (): PopupActions => ({
  onSelect: vi.fn(),
  onToggleHighlights: vi.fn(),
  onCopyMarkdown: vi.fn(async () => {}),
  onDownloadJson: vi.fn(),
  onOpenOptions: vi.fn(),
  onReadAnyway: vi.fn(),
});
describe('Popup states', () => {
  it.each(STATES)('%s: a heading and a sentence, never a blank popup', (_, data, heading) => {
    render(<Popup data={data} {...actions()} />);
    expect(screen.getAllByRole('heading', { level: 2 })[0].textContent).toBe(heading);
    expect(document.querySelector('.popup-body')!.textContent!.length).toBeGreaterThan(heading.length + 20);
  });

  it('announces the analysing state to screen readers', () => {
    render(<Popup data={{ kind: 'loading' }} {...actions()} />);
    expect(screen.getByRole('status').textContent).toContain('Analysing the article…');
  });

  it('gives the failure in plain words', () => {
    render(<Popup data={STATES[5][1]} {...actions()} />);
    expect(screen.getByText('Sourcelight could not analyse this page (out of memory).')).toBeTruthy();
  });

  it('names the language it cannot read', () => {
    render(<Popup data={STATES[4][1]} {...actions()} />);
    expect(screen.getByText(/not in English \(it reads as French\)/)).toBeTruthy();
  });

  it('says so when an article has no claims, and lists nothing', () => {
    render(<Popup data={STATES[6][1]} {...actions()} />);
    expect(screen.getByText(/No claims found/)).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('offers export and the highlight switch only for an analysed article', () => {
    for (const [, data] of STATES) {
      render(<Popup data={data} {...actions()} />);
      const article = data.kind === 'page' && data.page.report?.state === 'article';
      expect(!!screen.queryByRole('button', { name: 'Copy as Markdown' })).toBe(article);
      expect(!!screen.queryByRole('switch')).toBe(article);
      expect(screen.getByRole('button', { name: 'Options' })).toBeTruthy();
      cleanup();
    }
  });

  it('offers to read a page judged not an article anyway, and only there', () => {
    for (const [, data] of STATES) {
      const a = actions();
      render(<Popup data={data} {...a} />);
      const notArticle = data.kind === 'page' && data.page.report?.state === 'not-article';
      const button = screen.queryByRole('button', { name: 'Read this page anyway' });
      expect(!!button).toBe(notArticle);
      if (button) {
        fireEvent.click(button);
        expect(a.onReadAnyway).toHaveBeenCalledOnce();
      }
      cleanup();
    }
  });

  it('does not offer it again once a read anyway found nothing', () => {
    render(<Popup data={page({ state: 'not-article', url: 'https://x.example/', reason: 'Sourcelight found no running text to read on this page.', anyway: true })} {...actions()} />);
    expect(screen.getByText('Sourcelight found no running text to read on this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Read this page anyway' })).toBeNull();
  });

  it('sends the blocked reader to the options', () => {
    const a = actions();
    render(<Popup data={STATES[2][1]} {...a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Change this in Options' }));
    expect(a.onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('Popup actions', () => {
  it('shows the article title and toggles the highlights, naming the shortcut', () => {
    const a = actions();
    render(<Popup data={page(HARBOUR_REPORT, { highlightsVisible: true })} shortcut="Alt+Shift+H" {...a} />);
    expect(screen.getByText('Crane collapses at the harbour')).toBeTruthy();
    const toggle = screen.getByRole('switch', { name: /Highlights/ });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toContain('Alt+Shift+H');
    fireEvent.click(toggle);
    expect(a.onToggleHighlights).toHaveBeenCalledWith(false);
  });

  it('shows the switch off when the highlights are hidden', () => {
    const a = actions();
    render(<Popup data={page(HARBOUR_REPORT, { highlightsVisible: false })} {...a} />);
    fireEvent.click(screen.getByRole('switch'));
    expect(a.onToggleHighlights).toHaveBeenCalledWith(true);
  });

  it('copies Markdown and confirms it, or says why it could not', async () => {
    const a = actions();
    render(<Popup data={page(HARBOUR_REPORT)} {...a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText('Sourcing table copied as Markdown.')).toBeTruthy();
    cleanup();
    const failing = { ...actions(), onCopyMarkdown: vi.fn(async () => Promise.reject(new Error('denied'))) };
    render(<Popup data={page(HARBOUR_REPORT)} {...failing} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText(/Could not copy/)).toBeTruthy();
  });

  it('downloads JSON', () => {
    const a = actions();
    render(<Popup data={page(HARBOUR_REPORT)} {...a} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(a.onDownloadJson).toHaveBeenCalledOnce();
    expect(screen.getByText('JSON file downloaded.')).toBeTruthy();
  });
});
