import { expect, it } from 'vitest';
import fixture from '../../fixtures/layers.json';
import {
  NumpyError,
  numpyTextOf,
  tensor,
  type DType,
  type EngineWarning,
  type Tensor,
} from '../../../src/engine';

/** One array as gen_layers.py writes it: flat values, with nan/inf/-0.0 spelled as strings. */
export interface EncodedArray {
  dtype: DType;
  shape: number[];
  data: (number | boolean | string)[];
}

/** One recorded call of a seed layer: inputs, then outputs or the exception NumPy raised. */
export interface LayerCase {
  name: string;
  layer: 'relu' | 'sigmoid' | 'affine' | 'softmaxWithLoss';
  method: 'forward' | 'backward';
  inputs: Record<string, EncodedArray>;
  outputs: Record<string, EncodedArray | number | string> | null;
  warnings: string[];
  error: { type: string; message: string } | null;
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };

/** A float as written in the fixture, back to the exact double. */
export function decodeFloat(v: number | boolean | string): number {
  if (typeof v === 'string') return SPECIAL[v];
  return typeof v === 'boolean' ? Number(v) : v;
}

/** A fixture array as a tensor. */
export function decode(a: EncodedArray): Tensor {
  return tensor(a.shape, a.dtype, Float64Array.from(a.data, decodeFloat));
}

/** The fixture's cases for one layer and method. */
export function casesOf(layer: LayerCase['layer'], method: LayerCase['method']): LayerCase[] {
  return (fixture.cases as unknown as LayerCase[]).filter((c) => c.layer === layer && c.method === method);
}

/** Python exception class names as the engine reports them (AxisError subclasses ValueError). */
export function expectedKind(type: string): string {
  return type === 'AxisError' ? 'ValueError' : type;
}

/** Whether two doubles are the same value, nan equal to nan and -0.0 distinct from 0.0. */
export function sameBits(a: number, b: number): boolean {
  return Object.is(a, b);
}

/** Whether `actual` is within `rel` of `expected` (specials must match exactly, zero's sign aside). */
export function close(actual: number, expected: number, rel: number): boolean {
  if (!Number.isFinite(expected)) return Object.is(actual, expected);
  return Math.abs(actual - expected) <= rel * Math.abs(expected);
}

/** The first element where `actual` and `expected` disagree, as text; null when they agree. */
export function compareTensor(actual: Tensor, expected: EncodedArray, exact: boolean): string | null {
  if (actual.dtype !== expected.dtype) return `dtype ${actual.dtype} != ${expected.dtype}`;
  if (actual.shape.join(',') !== expected.shape.join(',')) {
    return `shape (${actual.shape.join(',')}) != (${expected.shape.join(',')})`;
  }
  for (let i = 0; i < expected.data.length; i++) {
    const e = decodeFloat(expected.data[i]);
    const a = actual.data[i];
    if (exact ? !sameBits(a, e) : !close(a, e, 1e-12)) return `[${i}] ${a} != ${e}`;
  }
  return null;
}

/** NumPy's RuntimeWarning texts among the engine's warnings. */
export function numpyWarnings(warnings: readonly EngineWarning[]): string[] {
  return warnings.map((w) => numpyTextOf(w.code)).filter((t): t is string => t !== undefined);
}

/** Runs `call`, returning its result or the NumpyError it threw (any other error propagates). */
export function attempt<T>(call: () => T): T | NumpyError {
  try {
    return call();
  } catch (e) {
    if (e instanceof NumpyError) return e;
    throw e;
  }
}

/** Calls one layer method on a case's decoded inputs. */
export type CaseRunner = (inputs: Record<string, Tensor>) => object & { warnings: readonly EngineWarning[] };

/**
 * Registers one test per fixture case of `layer.method`: same error class and message, or same dtype,
 * shape and values (bit for bit where `exact(key, dtype)` says so, else to 1e-12 relative), and the same
 * NumPy RuntimeWarnings. Warnings from np.dot may be fewer than NumPy's: BLAS kernels can raise the
 * invalid flag on internal padding lanes that no result depends on.
 */
export function describeFixtureCases(
  layer: LayerCase['layer'],
  method: LayerCase['method'],
  call: CaseRunner,
  exact: (key: string, dtype: DType) => boolean,
): void {
  const cases = casesOf(layer, method);
  it(`the fixture holds ${layer}.${method} cases`, () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  for (const c of cases) {
    it(`${layer}.${method} matches the seed under NumPy: ${c.name}`, () => {
      const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, decode(v)]));
      const before = Object.fromEntries(
        Object.entries(inputs).map(([k, t]) => [k, Float64Array.from(t.data)]),
      );
      const result = attempt(() => call(inputs));
      for (const [k, t] of Object.entries(inputs))
        expect(t.data, `input ${k} was mutated`).toEqual(before[k]);
      if (c.error) {
        expect(result).toBeInstanceOf(NumpyError);
        const e = result as NumpyError;
        expect(e.kind).toBe(expectedKind(c.error.type));
        expect(e.message).toBe(c.error.message);
        return;
      }
      if (result instanceof NumpyError) throw result;
      const got = result as Record<string, unknown> & { warnings: readonly EngineWarning[] };
      for (const [key, want] of Object.entries(c.outputs ?? {})) {
        if (key === 'loss') {
          const e = decodeFloat(want as number | string);
          expect(close(got.loss as number, e, 1e-12), `loss ${String(got.loss)} != ${e}`).toBe(true);
          continue;
        }
        const encoded = want as EncodedArray;
        const t = got[key] as Tensor;
        expect(Object.isFrozen(t)).toBe(true);
        expect(compareTensor(t, encoded, exact(key, encoded.dtype)), key).toBeNull();
      }
      const ours = numpyWarnings(got.warnings);
      const dotText = (s: string) => s.endsWith(' in dot');
      expect(ours.filter((s) => !dotText(s)).sort()).toEqual(c.warnings.filter((s) => !dotText(s)).sort());
      for (const s of ours.filter(dotText)) expect(c.warnings).toContain(s);
    });
  }
}
