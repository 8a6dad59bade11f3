import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, dot, NumpyError, tensor, toNested, type EngineWarning } from '../../../src/engine';

const zeros = (...shape: number[]) =>
  tensor(shape, 'float64', new Float64Array(shape.reduce((p, d) => p * d, 1)));

describe('dot', () => {
  it('dot raises NumPy’s not-aligned ValueError naming both shapes and dims', () => {
    const call = () => dot(zeros(2, 1), zeros(2, 3));
    expect(call).toThrow(NumpyError);
    expect(call).toThrow('shapes (2,1) and (2,3) not aligned: 1 (dim 1) != 2 (dim 0)');
    expect(() => dot(zeros(2), zeros(3))).toThrow('shapes (2,) and (3,) not aligned: 2 (dim 0) != 3 (dim 0)');
    expect(() => dot(zeros(3), zeros(2, 2))).toThrow(
      'shapes (3,) and (2,2) not aligned: 3 (dim 0) != 2 (dim 0)',
    );
    expect(() => dot(zeros(2, 3, 4), zeros(2))).toThrow(
      'shapes (2,3,4) and (2,) not aligned: 4 (dim 2) != 2 (dim 0)',
    );
  });
  it('dot follows NumPy’s shapes: 1-D·2-D, 2-D·1-D, 1-D·1-D (0-d), N-D·N-D, scalar·array', () => {
    expect(dot(zeros(2), zeros(2, 3)).shape).toEqual([3]);
    expect(dot(zeros(2, 3), zeros(3)).shape).toEqual([2]);
    expect(dot(zeros(3), zeros(3)).shape).toEqual([]);
    expect(dot(zeros(2, 3), zeros(5, 3, 4)).shape).toEqual([2, 5, 4]);
    expect(dot(zeros(2, 3, 4), zeros(4, 2)).shape).toEqual([2, 3, 2]);
    expect(dot(array(2.5), zeros(4, 2)).shape).toEqual([4, 2]);
    expect(dot(zeros(2, 0), zeros(0, 3)).shape).toEqual([2, 3]);
  });
  it('dot of ints is exact int64, of bools is bool (any of ands), of bool and int is int64', () => {
    const r = dot(array([[1, 2]]), array([[3], [4]]));
    expect(r.dtype).toBe('int64');
    expect(toNested(r)).toEqual([[11]]);
    const w: EngineWarning[] = [];
    const b = dot(array([true, true]), array([true, true]), w);
    expect(b.dtype).toBe('bool');
    expect(b.data[0]).toBe(1);
    expect(w.map((x) => x.code)).toEqual(['bool-arithmetic']);
    expect(dot(array([true, true]), array([1, 2])).dtype).toBe('int64');
  });
  it('dot warns invalid for inf * 0 and overflow for too-large products, as NumPy does', () => {
    const w: EngineWarning[] = [];
    dot(array([Infinity]), array([0.0], 'float64'), w);
    dot(array([[1e200, 1e200]], 'float64'), array([[1e200], [1.0]], 'float64'), w);
    expect(w.map((x) => x.code)).toEqual(['numpy-invalid-dot', 'numpy-overflow-dot']);
  });
  it('dot of a matrix with the identity returns the matrix unchanged', () => {
    const square = fc
      .integer({ min: 1, max: 6 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: n * n, maxLength: n * n }),
        ),
      );
    fc.assert(
      fc.property(square, ([n, values]) => {
        const a = tensor([n, n], 'float64', Float64Array.from(values));
        const eye = tensor(
          [n, n],
          'float64',
          Float64Array.from({ length: n * n }, (_, i) => (i % (n + 1) === 0 ? 1 : 0)),
        );
        expect(Array.from(dot(a, eye).data)).toEqual(Array.from(a.data, (v) => v + 0));
      }),
    );
  });
});
