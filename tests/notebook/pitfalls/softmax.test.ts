import { describe, expect, it } from 'vitest';
import { array, formatNumpy } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import { SOFTMAX_PITFALLS } from '../../../src/notebook/pitfalls/softmax';
import { computeSoftmaxWithLoss } from '../../../src/store/selectors/softmaxWithLoss';
import type { CellInputs } from '../../../src/store/types';

const applyFix = (inputs: CellInputs, code: string, id: string): CellInputs => {
  const fix = SOFTMAX_PITFALLS[code].fixes!(inputs).find((f) => f.id === id)!;
  return { ...inputs, matrices: { ...inputs.matrices, ...fix.patch.matrices } };
};

describe('softmax-t-shape-mismatch', () => {
  const seed = defaultCellInputs('softmax-with-loss');

  it("offers the seed's t = [[0, 1]] as a one-hot t for every row, [[0, 1], [0, 1]]", () => {
    const fixed = applyFix(seed, 'softmax-t-shape-mismatch', 't-one-hot');
    expect(formatNumpy(fixed.matrices.t)).toBe('[[0 1]\n [0 1]]');
    expect(computeSoftmaxWithLoss(fixed).warnings.map((w) => w.code)).not.toContain(
      'softmax-t-shape-mismatch',
    );
  });

  it('offers it as labels [1, 1], which give the same loss as the one-hot t', () => {
    const labels = applyFix(seed, 'softmax-t-shape-mismatch', 't-labels');
    const oneHot = applyFix(seed, 'softmax-t-shape-mismatch', 't-one-hot');
    expect(formatNumpy(labels.matrices.t)).toBe('[1 1]');
    expect(labels.matrices.t.dtype).toBe('int64');
    expect(computeSoftmaxWithLoss(labels).loss!.value).toBe(computeSoftmaxWithLoss(oneHot).loss!.value);
  });

  it('names the fixes with their values, as a learner would type them', () => {
    const labels = SOFTMAX_PITFALLS['softmax-t-shape-mismatch'].fixes!(seed).map((f) => f.label.en);
    expect(labels).toEqual(['Use one-hot t = [[0, 1], [0, 1]]', 'Use labels t = [1, 1]']);
  });

  it('offers nothing when t is not a single row matching the classes', () => {
    const t = array([0, 1, 1], 'int64');
    expect(
      SOFTMAX_PITFALLS['softmax-t-shape-mismatch'].fixes!({ ...seed, matrices: { ...seed.matrices, t } }),
    ).toEqual([]);
  });
});

describe('the other t fixes', () => {
  const seed = defaultCellInputs('softmax-with-loss');

  it("softmax-t-reshaped puts t into y's shape", () => {
    const t = array([0, 1, 0, 1], 'int64');
    const fixed = applyFix({ ...seed, matrices: { ...seed.matrices, t } }, 'softmax-t-reshaped', 't-reshape');
    expect(fixed.matrices.t.shape).toEqual([2, 2]);
  });

  it("softmax-t-not-one-hot keeps each row's largest entry", () => {
    const t = array(
      [
        [0.2, 0.8],
        [0.9, 0.1],
      ],
      'float64',
    );
    const fixed = applyFix(
      { ...seed, matrices: { ...seed.matrices, t } },
      'softmax-t-not-one-hot',
      't-argmax-one-hot',
    );
    expect(formatNumpy(fixed.matrices.t)).toBe('[[0 1]\n [1 0]]');
  });

  it('softmax-t-bool casts t to int64', () => {
    const t = array([true, false]);
    const fixed = applyFix({ ...seed, matrices: { ...seed.matrices, t } }, 'softmax-t-bool', 't-int');
    expect(formatNumpy(fixed.matrices.t)).toBe('[1 0]');
  });
});
