import { describe, expect, it, vi } from 'vitest';
import { packLinearModel, unpackLinearModel } from '../../../../utils/analysis/model/packed';
import type { LinearModel } from '../../../../utils/analysis/model/linear';

// Weights as training writes them: thousandths, both signs, zeros, the int16 extremes,
// and feature names that a plain object would mistake for its own members.
const MODEL: LinearModel<'a' | 'b' | 'c'> = {
  classes: ['a', 'b', 'c'],
  bias: [-0.193, 0.5, 0],
  weights: {
    bias: [-0.251, 0.251, 0],
    'cue:according to': [1.504, -1.394, 0.001],
    'w01:she’s_not': [-0.001, 0.999, -0.999],
    '12': [32.767, -32.768, 0.1],
    ['__proto__']: [0.07, -0.07, 0.3], // computed: an own key, as JSON.parse makes it
    constructor: [0, 0, 0.002],
  } as Record<string, number[]>,
};

describe('packed linear model', () => {
  it('round-trips to exactly the same numbers', () => {
    const back = unpackLinearModel(packLinearModel(MODEL));
    expect(back.classes).toEqual(MODEL.classes);
    expect(back.bias).toEqual(MODEL.bias);
    expect(Object.keys(back.weights).sort()).toEqual(Object.keys(MODEL.weights).sort());
    for (const [f, row] of Object.entries(MODEL.weights)) {
      // Object.is: the very same double, not merely close.
      row.forEach((w, c) => expect(Object.is(back.weights[f][c], w === 0 ? 0 : w)).toBe(true));
    }
  });

  it('gives a row by name, made on first lookup, the same one each time', () => {
    const back = unpackLinearModel(packLinearModel(MODEL));
    expect(back.row?.('cue:according to')).toEqual([1.504, -1.394, 0.001]);
    expect(back.row?.('__proto__')).toEqual([0.07, -0.07, 0.3]);
    expect(back.row?.('toString')).toBeUndefined();
    expect(back.row?.('nothing')).toBeUndefined();
    expect(back.row?.('bias')).toBe(back.row?.('bias'));
    expect(back.weights.bias).toBe(back.row?.('bias'));
  });

  it('survives JSON, as the model files store it', () => {
    const packed = JSON.parse(JSON.stringify(packLinearModel(MODEL)));
    expect(JSON.stringify(unpackLinearModel(packed).weights['cue:according to'])).toBe('[1.504,-1.394,0.001]');
    expect(typeof packed.weights).toBe('string');
    expect(packed.features).toHaveLength(Object.keys(MODEL.weights).length);
  });

  it('round-trips random thousandths', () => {
    // A fixed linear congruential sequence: the same "random" weights every run.
    let s = 7;
    const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const weights: Record<string, number[]> = {};
    for (let i = 0; i < 500; i++) weights[`f${i}`] = Array.from({ length: 10 }, () => Math.round((next() * 4 - 2) * 1000) / 1000);
    const model: LinearModel = { classes: Array.from({ length: 10 }, (_, i) => `c${i}`), bias: new Array(10).fill(0.1), weights };
    const back = unpackLinearModel(packLinearModel(model));
    expect(JSON.stringify(back.weights)).toBe(JSON.stringify(weights));
  });

  it('refuses weights it could not give back exactly', () => {
    expect(() => packLinearModel({ classes: ['a'], bias: [0], weights: { x: [0.0005] } })).toThrow();
    expect(() => packLinearModel({ classes: ['a'], bias: [0], weights: { x: [40] } })).toThrow();
    expect(() => packLinearModel({ classes: ['a', 'b'], bias: [0, 0], weights: { x: [1] } })).toThrow();
  });

  it('decodes the same with the browser\'s native base64 decoder', async () => {
    // Node 20 has no Uint8Array.fromBase64; Chromium and Firefox do, and the module picks it up when loaded.
    const U = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
    U.fromBase64 = (text) => new Uint8Array(Buffer.from(text, 'base64'));
    try {
      vi.resetModules();
      const native = await import('../../../../utils/analysis/model/packed');
      const back = native.unpackLinearModel(packLinearModel(MODEL));
      expect(JSON.stringify(back.weights)).toBe(JSON.stringify(unpackLinearModel(packLinearModel(MODEL)).weights));
    } finally {
      delete U.fromBase64;
    }
  });
});
