/**
 * The shipped weights' compact form. Chromium compiles a service worker's whole
 * script eagerly before it can answer (issue 11: ready ≤ 300 ms), and as plain JSON
 * the weights were 190 of the background's 437 kB: "-0.251," is seven characters
 * for a number that training has already rounded to three decimals (train-linear.ts).
 * Stored instead as round(w × 1000) in 16-bit integers, base64, one row of classes
 * per feature, with the feature names as one list, they take about half the bytes,
 * so V8 scans and parses half as much. Unpacking gives back exactly the same doubles
 * (an integer divided by 1000 is the double nearest w, as parsing "-0.251" is), so
 * every decision is the same.
 */
import type { LinearModel } from './linear';

/** Weights are integers of thousandths: training rounds them to three decimals. */
export const PACK_SCALE = 1000;

export interface PackedLinearModel<C extends string = string> {
  classes: C[];
  bias: number[];
  /** Feature names, in the order of the rows of `weights`. */
  features: string[];
  /** How `weights` is written, for a reader of the file. */
  encoding: string;
  /** base64 of little-endian int16: features.length rows × classes.length, each w × PACK_SCALE. */
  weights: string;
}

const ENCODING = `int16 little-endian, base64; one row of classes per feature; weight = integer / ${PACK_SCALE}`;

/** Packs a model; throws on a weight that would not come back exactly (finer than 1/1000, or out of int16 range). */
export function packLinearModel<C extends string>(model: LinearModel<C>): PackedLinearModel<C> {
  const features = Object.keys(model.weights);
  const k = model.classes.length;
  const bytes = new Uint8Array(features.length * k * 2);
  features.forEach((f, i) => {
    const row = model.weights[f];
    if (row.length !== k) throw new Error(`packLinearModel: feature ${f} has ${row.length} weights for ${k} classes`);
    row.forEach((w, c) => {
      const n = Math.round(w * PACK_SCALE);
      if (n / PACK_SCALE !== w || n < -32768 || n > 32767) throw new Error(`packLinearModel: weight ${w} of ${f} is not a representable multiple of 1/${PACK_SCALE}`);
      const at = (i * k + c) * 2;
      bytes[at] = n & 0xff;
      bytes[at + 1] = (n >> 8) & 0xff;
    });
  });
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { classes: [...model.classes], bias: [...model.bias], features, encoding: ENCODING, weights: btoa(binary) };
}

/**
 * The model as the analyzer reads it. The weights are decoded from base64 here, once;
 * a feature's row of doubles is made when it is first looked up (`row`), because an
 * article touches a few hundred of the thousands of features, and building every row
 * up front cost more than parsing the old JSON did. `weights` (every row, built on
 * first access) is there for any reader that wants the whole table.
 */
export function unpackLinearModel<C extends string>(packed: PackedLinearModel<C>): LinearModel<C> {
  const k = packed.classes.length;
  const ints = int16sOf(packed.weights);
  if (ints.length !== packed.features.length * k) throw new Error('unpackLinearModel: weights and features disagree in length');
  const rowAt = (i: number): number[] => {
    const row = new Array<number>(k);
    for (let c = 0; c < k; c++) row[c] = ints[i * k + c] / PACK_SCALE;
    return row;
  };
  let index: Map<string, number> | null = null;
  const made = new Map<string, number[]>();
  const row = (feature: string): number[] | undefined => {
    let r = made.get(feature);
    if (r) return r;
    index ??= new Map(packed.features.map((f, i) => [f, i]));
    const i = index.get(feature);
    if (i === undefined) return undefined;
    made.set(feature, (r = rowAt(i)));
    return r;
  };
  let all: Record<string, number[]> | null = null;
  return {
    classes: [...packed.classes],
    bias: [...packed.bias],
    row,
    get weights() {
      if (!all) {
        // No prototype: a feature could be named like an Object.prototype member.
        all = Object.create(null) as Record<string, number[]>;
        for (const f of packed.features) all[f] = row(f)!;
      }
      return all;
    },
  };
}

// Browsers decode base64 natively (Chrome 140, Firefox 133): several times faster than
// a loop over atob's characters, and this runs before the background can answer.
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The base64 text as little-endian int16s. */
function int16sOf(text: string): Int16Array {
  let bytes: Uint8Array;
  if (fromBase64) bytes = fromBase64(text);
  else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  if (bytes.length % 2 !== 0) throw new Error('unpackLinearModel: weights are not whole int16s');
  // A view costs nothing where the machine is little-endian (every platform browsers ship on today).
  if (LITTLE_ENDIAN) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const ints = new Int16Array(bytes.length / 2);
  for (let i = 0; i < ints.length; i++) ints[i] = ((bytes[2 * i] | (bytes[2 * i + 1] << 8)) << 16) >> 16;
  return ints;
}
