import { describe, expect, it } from 'vitest';
import { add, affine, dot, full, take, tensor } from '../../src/engine';
import { charge, CostError, withBudget } from '../../src/engine/budget';

const caps = { maxElements: 100, maxWork: 1_000 };
const ones = (shape: number[]) => full(shape, 1, 'float64');

function costOf(step: () => unknown): CostError | null {
  try {
    step();
    return null;
  } catch (e) {
    if (e instanceof CostError) return e;
    throw e;
  }
}

describe('withBudget', () => {
  it('outside a budget nothing is checked', () => {
    expect(dot(ones([200, 1]), ones([1, 200])).size).toBe(40_000);
  });

  it('refuses a dot whose result passes maxElements before allocating it, naming the shape', () => {
    const e = costOf(() => withBudget(caps, () => dot(ones([20, 1]), ones([1, 20]))));
    expect(e?.code).toBe('output-too-large');
    expect(e?.params).toEqual({ op: 'np.dot', needed: 400, limit: 100, shape: [20, 20] });
  });

  it('counts a dot by its multiply-adds: m·k·n', () => {
    const e = costOf(() => withBudget(caps, () => dot(ones([5, 50]), ones([50, 5]))));
    expect(e?.code).toBe('work-too-large');
    expect(e?.params.needed).toBe(5 * 50 * 5);
  });

  it('refuses a broadcast that makes more than its inputs (x (1, 20) + b (20, 1))', () => {
    const e = costOf(() => withBudget(caps, () => add(ones([1, 20]), ones([20, 1]))));
    expect(e?.code).toBe('output-too-large');
    expect(e?.params.op).toBe('np.add');
  });

  it("refuses the Affine layer's own fast path (float64 x (N, D), W (D, M), b (M,)) by N·M and N·D·M", () => {
    const e = costOf(() => withBudget(caps, () => affine.forward(ones([20, 1]), ones([1, 20]), ones([20]))));
    expect(e?.params).toMatchObject({ op: 'affine.forward', needed: 400, shape: [20, 20] });
  });

  it('refuses index arrays that broadcast into a large result (y[np.arange(n), t] with t (k, 1))', () => {
    const y = ones([10, 3]);
    const rows = tensor(
      [10],
      'int64',
      Float64Array.from({ length: 10 }, (_, i) => i),
    );
    const t = tensor([20, 1], 'int64', new Float64Array(20));
    expect(costOf(() => withBudget(caps, () => take(y, [rows, t])))?.code).toBe('output-too-large');
    expect(take(y, [rows, t]).shape).toEqual([20, 10]);
  });

  it('adds up the work of every operation inside one budget, and starts again in the next', () => {
    const small = () => dot(ones([2, 10]), ones([10, 2]));
    expect(costOf(() => withBudget(caps, () => Array.from({ length: 30 }, small)))?.code).toBe(
      'work-too-large',
    );
    for (let i = 0; i < 30; i++) expect(withBudget(caps, small).size).toBe(4);
  });

  it('a nested budget has its own count, and the outer one is back after it', () => {
    withBudget(caps, () => {
      charge('a', [90]);
      withBudget(caps, () => charge('b', [90], 990));
      expect(() => charge('c', [90], 950)).toThrow(CostError);
    });
    expect(() => charge('outside', [1e9])).not.toThrow();
  });
});
