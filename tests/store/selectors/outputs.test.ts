import { describe, expect, it } from 'vitest';
import { array, formatNumpy, NumpyError, warning } from '../../../src/engine';
import {
  after,
  attempt,
  collectWarnings,
  failed,
  memoByInputs,
  ok,
  resolveDout,
} from '../../../src/store/selectors/outputs';
import type { CellInputs } from '../../../src/store/types';

const x = array([[1, -2]], 'float64');
const own = array([[5, 6]], 'float64');
const inputs = (dout: CellInputs['dout']): CellInputs => ({ matrices: { x, dout: own }, dout, seed: 0 });

describe('attempt', () => {
  it('turns a NumpyError into its message as Python prints it, kind first', () => {
    const d = attempt(() => {
      throw new NumpyError('ValueError', 'shapes (2,) and (3,) not aligned', 'np.dot');
    });
    expect(d).toEqual({ value: null, error: 'ValueError: shapes (2,) and (3,) not aligned' });
  });

  it('lets any other exception through: that is a bug for the error boundary, not a NumPy error', () => {
    expect(() => attempt(() => JSON.parse('{'))).toThrow(SyntaxError);
  });
});

describe('after', () => {
  it('runs the step on the values when every dependency was derived', () => {
    expect(after([ok(2), ok(3)], (a, b) => a * b)).toEqual(ok(6));
  });

  it('carries the first failed dependency without running the step', () => {
    let ran = false;
    const d = after(
      [ok(1), failed<number>('IndexError: first'), failed<number>('second')],
      () => (ran = true),
    );
    expect(d).toEqual(failed('IndexError: first'));
    expect(ran).toBe(false);
  });
});

describe('resolveDout', () => {
  it("'seed' gives what the seed passes: an input, a constant, or ones like out", () => {
    expect(resolveDout(inputs('seed'), { kind: 'input', name: 'x' }, ok(x)).value).toBe(x);
    expect(resolveDout(inputs('seed'), { kind: 'constant', value: own }, ok(x)).value).toBe(own);
    expect(formatNumpy(resolveDout(inputs('seed'), { kind: 'ones' }, ok(x)).value!)).toBe('[[1. 1.]]');
  });

  it("'ones' follows out's shape and fails with out", () => {
    expect(formatNumpy(resolveDout(inputs('ones'), { kind: 'input', name: 'x' }, ok(x)).value!)).toBe(
      '[[1. 1.]]',
    );
    expect(
      resolveDout(inputs('ones'), { kind: 'input', name: 'x' }, failed('ValueError: no out')).error,
    ).toBe('ValueError: no out');
  });

  it("'custom' gives the cell's own dout matrix", () => {
    expect(resolveDout(inputs('custom'), { kind: 'input', name: 'x' }, ok(x)).value).toBe(own);
  });
});

describe('collectWarnings', () => {
  it('keeps each code once, in the order first seen, and skips missing lists', () => {
    const a = warning('affine-int');
    const b = warning('relu-mask-meaning');
    expect(collectWarnings([a], undefined, [b, a])).toEqual([a, b]);
  });
});

describe('memoByInputs', () => {
  it('derives once per inputs object', () => {
    let runs = 0;
    const derive = memoByInputs(() => (runs++, { matrices: {}, warnings: [] }));
    const i = inputs('seed');
    derive(i);
    derive(i);
    derive({ ...i });
    expect(runs).toBe(2);
  });
});
