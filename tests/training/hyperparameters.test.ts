import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS, hyperparameterErrors } from '../../src/training/hyperparameters';

describe('hyperparameterErrors', () => {
  it("finds nothing wrong with the book's defaults (784-50-10, std 0.01, lr 0.1, batch 100, 10,000 steps)", () => {
    expect(DEFAULT_HYPERPARAMETERS).toMatchObject({
      hiddenSize: 50,
      weightInitStd: 0.01,
      learningRate: 0.1,
      batchSize: 100,
    });
    expect(hyperparameterErrors(DEFAULT_HYPERPARAMETERS)).toEqual({});
  });

  it('asks for a number where the field is empty (NaN)', () => {
    expect(hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, learningRate: NaN })).toEqual({
      learningRate: { ja: '数値を入力してください', en: 'enter a number' },
    });
  });

  it('asks for a whole number for sizes, counts and the seed', () => {
    const errors = hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, hiddenSize: 2.5, seed: 0.1 });
    expect(Object.keys(errors)).toEqual(['hiddenSize', 'seed']);
    expect(errors.hiddenSize?.en).toBe('must be a whole number');
  });

  it('gives the allowed range, excluding 0 where 0 makes no sense', () => {
    expect(hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, learningRate: 0 }).learningRate?.en).toBe(
      'must be in (0, 100]',
    );
    expect(hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, batchSize: 8001 }).batchSize?.en).toBe(
      'must be in [1, 8000]',
    );
    expect(hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, seed: 2 ** 32 }).seed?.en).toBe(
      'must be in [0, 4294967295]',
    );
    expect(hyperparameterErrors({ ...DEFAULT_HYPERPARAMETERS, seed: 2 ** 32 - 1 })).toEqual({});
  });
});
