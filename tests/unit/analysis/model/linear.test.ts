import { describe, expect, it } from 'vitest';
import { trainLinear, type Example } from '../../../../utils/analysis/model/train-linear';
import { predict, probabilities, rowOf, scores } from '../../../../utils/analysis/model/linear';
import { packLinearModel, unpackLinearModel } from '../../../../utils/analysis/model/packed';

type C = 'hot' | 'cold' | 'mild';
const CLASSES: C[] = ['hot', 'cold', 'mild'];

// A toy problem with one informative feature per class and a shared noise feature.
function toy(n: number): Example<C>[] {
  const out: Example<C>[] = [];
  for (let i = 0; i < n; i++) {
    const label = CLASSES[i % 3];
    out.push({ label, features: [`word:${label}`, `noise:${i % 5}`, 'bias'] });
  }
  return out;
}

describe('linear model', () => {
  it('learns a separable problem and ranks the right class first', () => {
    const m = trainLinear(CLASSES, toy(90));
    for (const c of CLASSES) expect(predict(m, [`word:${c}`, 'bias'], 'mild')).toBe(c);
    const p = probabilities(m, ['word:cold', 'bias']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p[m.classes.indexOf('cold')]).toBeGreaterThan(0.5);
  });

  it('is deterministic: the same data gives the same weights', () => {
    expect(JSON.stringify(trainLinear(CLASSES, toy(60)))).toBe(JSON.stringify(trainLinear(CLASSES, toy(60))));
  });

  it('drops features seen in fewer examples than minCount', () => {
    const data = [...toy(30), { label: 'hot' as C, features: ['rare:once', 'word:hot'] }];
    const m = trainLinear(CLASSES, data, { minCount: 2 });
    expect(m.weights['rare:once']).toBeUndefined();
    expect(m.weights['word:hot']).toBeDefined();
  });

  it('falls back where there is no model or an empty one', () => {
    expect(predict(null, ['word:hot'], 'mild')).toBe('mild');
    expect(predict({ classes: [], bias: [], weights: {} }, ['word:hot'], 'cold')).toBe('cold');
  });

  it('scores a packed model exactly as the model it was packed from', () => {
    const m = trainLinear(CLASSES, toy(90));
    const packed = unpackLinearModel(packLinearModel(m));
    for (const features of [['word:hot', 'bias'], ['word:cold', 'noise:3'], ['unknown'], []]) {
      expect(scores(packed, features)).toEqual(scores(m, features));
    }
    expect(rowOf(packed, 'word:mild')).toEqual(rowOf(m, 'word:mild'));
  });
});
