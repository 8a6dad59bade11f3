import { describe, expect, it } from 'vitest';
import { full, type DType, type Tensor } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { computeAffine } from '../../../src/store/selectors/affine';
import { computeBatchAffine } from '../../../src/store/selectors/batchAffine';
import { OUTPUT_LIMITS } from '../../../src/store/selectors/limits';
import { computeSigmoid } from '../../../src/store/selectors/sigmoid';
import { computeSoftmaxWithLoss } from '../../../src/store/selectors/softmaxWithLoss';
import { computeTwoLayerNet } from '../../../src/store/selectors/twoLayerNet';
import type { CellInputs } from '../../../src/store/types';

const ones = (shape: number[], dtype: DType = 'float64'): Tensor => full(shape, 1, dtype);
const zeros = (shape: number[], dtype: DType = 'int64'): Tensor => full(shape, 0, dtype);

function withMatrices(
  id: Parameters<typeof defaultCellInputs>[0],
  matrices: Record<string, Tensor>,
  dout?: CellInputs['dout'],
): CellInputs {
  const base = defaultCellInputs(id);
  return { ...base, matrices: { ...base.matrices, ...matrices }, dout: dout ?? base.dout };
}

describe('OUTPUT_LIMITS in the derived outputs', () => {
  it("the issue's link, x (4096, 1) · W (1, 4096), leaves out uncomputed with the cap; the rest still shows", () => {
    const inputs = withMatrices('batch-affine', { x: ones([4096, 1]), W: ones([1, 4096]), b: ones([3]) });
    const { matrices: m } = computeBatchAffine(inputs);
    expect(m.out.value).toBeNull();
    expect(m.out.limit).toEqual({
      code: 'output-too-large',
      params: {
        op: 'np.dot',
        needed: 4096 * 4096,
        limit: OUTPUT_LIMITS.maxElements,
        shape: [4096, 4096],
      },
    });
    // The seed's dY (2, 3) still shows; backward fails as NumPy would, with its own message.
    expect(m.dout.value?.shape).toEqual([2, 3]);
    expect(m.dx.limit).toBeUndefined();
    expect(m.dx.error).toMatch(/^ValueError: shapes \(2,3\) and \(4096,1\) not aligned/);
  });

  it('an output past the cap carries the cap to the outputs that wait on it (dout = ones_like(out), dx…)', () => {
    const inputs = withMatrices(
      'affine',
      { x: ones([4096, 1]), W: ones([1, 4096]), b: ones([4096]) },
      'seed',
    );
    const { matrices: m } = computeAffine(inputs);
    for (const name of ['out', 'dout', 'dx', 'dW', 'db'])
      expect(m[name].limit?.code, name).toBe('output-too-large');
  });

  it('64×64 everywhere still computes (the benchmark size), with nothing capped', () => {
    const x = ones([64, 64]);
    const { matrices: m } = computeBatchAffine(
      withMatrices('batch-affine', { x, W: ones([64, 64]), b: ones([64]), dout: ones([64, 64]) }, 'custom'),
    );
    for (const d of Object.values(m)) expect(d.error).toBeNull();
  });

  it('a (256, 256) · (256, 256) dot, inputs at the input cap, still computes', () => {
    const { matrices: m } = computeBatchAffine(
      withMatrices('batch-affine', { x: ones([256, 256]), W: ones([256, 256]), b: ones([256]) }, 'ones'),
    );
    for (const d of Object.values(m)) expect(d.error).toBeNull();
  });

  it('work is capped too: (1024, 64) · (64, 1024) makes 1,048,576 elements, past the element cap first', () => {
    const { matrices: m } = computeBatchAffine(
      withMatrices('batch-affine', { x: ones([1024, 64]), W: ones([64, 1024]), b: ones([1024]) }, 'ones'),
    );
    expect(m.out.limit?.code).toBe('output-too-large');
    const wide = computeBatchAffine(
      withMatrices('batch-affine', { x: ones([512, 256]), W: ones([256, 512]), b: ones([512]) }, 'custom'),
    );
    // 512 · 256 · 512 = 67,108,864 multiply-adds: exactly the cap, so out computes.
    expect(wide.matrices.out.error).toBeNull();
  });

  it("Sigmoid's backward broadcasting a custom dout (4096, 1) against out (1, 4096) is capped; out shows", () => {
    const { matrices: m } = computeSigmoid(
      withMatrices('sigmoid', { x: ones([1, 4096]), dout: ones([4096, 1]) }, 'custom'),
    );
    expect(m.out.value?.shape).toEqual([1, 4096]);
    expect(m.dx.limit?.code).toBe('output-too-large');
  });

  it('labels t of shape (k, 1) index y[np.arange(N), t] into (k, N): capped, y still shows', () => {
    const { matrices: m, loss } = computeSoftmaxWithLoss(
      withMatrices('softmax-with-loss', { x: ones([4096, 2]), t: zeros([4096, 1]) }),
    );
    expect(m.y.value?.shape).toEqual([4096, 2]);
    expect(loss?.limit?.code).toBe('output-too-large');
    expect(m.dx.limit?.code).toBe('output-too-large');
  });

  it('the two-layer net with the most samples the input cap allows still runs its gradient check', () => {
    const n = 65_536 / 4;
    const t = full([n, 3], 0, 'int64');
    const out = computeTwoLayerNet(withMatrices('two-layer-net', { x: ones([n, 4]), t }));
    expect(out.loss.error).toBeNull();
    expect(out.gradcheck.error).toBeNull();
  }, 30_000);

  it('the two-layer net with labels that broadcast into a huge pick: loss and gradient check capped, a1 shown', () => {
    const out = computeTwoLayerNet(
      withMatrices('two-layer-net', { x: ones([2048, 4]), t: zeros([4096, 1]) }),
    );
    expect(out.matrices.a1.value?.shape).toEqual([2048, 3]);
    expect(out.matrices.y.value?.shape).toEqual([2048, 3]);
    expect(out.loss.limit?.code).toBe('output-too-large');
    expect(out.gradcheck.limit?.code).toBe('output-too-large');
  });
});
