import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../utils/analysis/read';
import { decide, type Models } from '../../../../utils/analysis/model/decide';
import { articleContext, statusFeatures } from '../../../../utils/analysis/model/status-features';
import type { LinearModel } from '../../../../utils/analysis/model/linear';
import { SOURCE_TYPES, STATUSES, type SourceType, type Status } from '../../../../utils/analysis/types';

// A model that always favours one status by `lead` in log-space over all others.
function leaning(to: Status, lead: number): LinearModel<Status> {
  return { classes: [...STATUSES], bias: STATUSES.map((s) => (s === to ? lead : 0)), weights: {} };
}

const ARTICLE = [
  'Harbour works to close the east pier',
  'The port authority said on Monday that the east pier would close for repairs.',
  'The pier was built in 1931.',
  '“Is this the end of the ferry?” a fisherman asked.',
  'Crews began work at dawn.',
].join('\n\n');

describe('the trained decision on top of the rules', () => {
  const readings = readArticle(ARTICLE);
  const rules = readings.map((r) => r.record.status);

  it('keeps the rules’ status where the model is not clearly more sure', () => {
    const m: Models = { status: leaning('opinion', 0.1), type: null, margin: 0.2 };
    expect(decide(ARTICLE, readings, m).map((r) => r.status)).toEqual(rules);
  });

  it('overrides with a confident model, dropping the source for the author’s voice', () => {
    const m: Models = { status: leaning('unattributed', 8), type: null, margin: 0.2 };
    const out = decide(ARTICLE, readings, m);
    const said = out.find((r) => r.text.startsWith('The port authority'))!;
    expect(rules[readings.findIndex((r) => r.record.text === said.text)]).not.toBe('unattributed');
    expect([said.status, said.source]).toEqual(['unattributed', null]);
    for (const r of out) for (const c of r.cues) expect(r.text).toContain(c);
  });

  it('never turns a question or a call to action into a claim', () => {
    const m: Models = { status: leaning('reported', 8), type: null, margin: 0 };
    const q = decide(ARTICLE, readings, m).find((r) => r.text.includes('ferry?'))!;
    expect(q.status).toBe('none');
  });

  it('gives a lone sentence no headline position: it has no article around it', () => {
    const lone = readArticle('The pier was built in 1931.');
    const f = statusFeatures(lone, 0, articleContext(lone));
    expect(f.some((x) => x.startsWith('pos:') || x.startsWith('prev:') || x.startsWith('doc:'))).toBe(false);
    const inArticle = statusFeatures(readings, 0, articleContext(readings));
    expect(inArticle).toContain('pos:0');
  });

  it('marks a modal outside the main proposition apart from one that hedges it', () => {
    const feats = (text: string) => { const r = readArticle(text); return statusFeatures(r, 0, articleContext(r)); };
    expect(feats('The mayor will discuss her new book on the radio.')).toContain('modal-out:will');
    expect(feats('The mayor will win the vote easily.')).toContain('modal:will');
    expect(feats('The board, which could close the pier, met today.')).toContain('modal-out:could');
  });

  it('a type model re-types guessed kinds but keeps a court, the police and records the rules named', () => {
    const text = 'The appeals court ruled that the fine was lawful. Dana Whit said the fine was lawful. Police said the road was closed.';
    const types = [...SOURCE_TYPES];
    const toMedia: LinearModel<SourceType> = { classes: types, bias: types.map((t) => (t === 'media' ? 5 : 0)), weights: {} };
    const out = decide(text, readArticle(text), { status: null, type: toMedia, typeMargin: 0.2 });
    expect(out.map((r) => r.source?.type)).toEqual(['court', 'media', 'law_enforcement']);
  });

  it('a namesake of a well-known politician stays who the rules say', () => {
    // Lindsey Graham is in data/known-names.json; Nora Graham is not.
    const text = 'Nora Graham said the fair would open on Friday. Lindsey Graham said the vote was close.';
    const types = [...SOURCE_TYPES];
    const toPolitician: LinearModel<SourceType> = { classes: types, bias: types.map((t) => (t === 'politician' ? 5 : 0)), weights: {} };
    const out = decide(text, readArticle(text), { status: null, type: toPolitician, typeMargin: 0.2 });
    expect(out.map((r) => r.source?.type)).toEqual(['person', 'politician']);
  });
});
