import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import { parseWorkerRequest, transferablesOf, type WorkerEvent } from '../../src/training/protocol';

describe('parseWorkerRequest', () => {
  it('accepts each request the page sends', () => {
    const pixels = new Float32Array(784);
    const requests = [
      { type: 'start', hyperparameters: DEFAULT_HYPERPARAMETERS },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'reset' },
      { type: 'setHyperparameters', hyperparameters: DEFAULT_HYPERPARAMETERS },
      { type: 'predict', id: 3, pixels },
    ];
    for (const request of requests) expect(parseWorkerRequest(request)).toEqual(request);
  });

  it('drops fields a request does not have', () => {
    expect(parseWorkerRequest({ type: 'pause', extra: 1 })).toEqual({ type: 'pause' });
  });

  it('says what is wrong with a malformed message', () => {
    expect(parseWorkerRequest(null)).toBe('training worker: a message without a type');
    expect(parseWorkerRequest({ type: 'go' })).toBe('training worker: unknown message type "go"');
    expect(parseWorkerRequest({ type: 'predict', id: 1, pixels: [0, 1] })).toBe(
      'training worker: predict needs a numeric id and Float32Array pixels',
    );
  });

  it('rejects hyperparameters that are missing or out of bounds', () => {
    const { seed: _seed, ...noSeed } = DEFAULT_HYPERPARAMETERS;
    expect(parseWorkerRequest({ type: 'start', hyperparameters: noSeed })).toBe(
      'training worker: start with invalid hyperparameters',
    );
    expect(
      parseWorkerRequest({ type: 'start', hyperparameters: { ...DEFAULT_HYPERPARAMETERS, batchSize: 0 } }),
    ).toBe('training worker: start with invalid hyperparameters');
  });
});

describe('transferablesOf', () => {
  it('moves the typed arrays of progress and snapshot events, and nothing of the others', () => {
    const losses = new Float32Array(3);
    const W1 = new Float32Array(8);
    const progress: WorkerEvent = {
      type: 'progress',
      step: 3,
      iterations: 10,
      epoch: 0.03,
      loss: 2.3,
      trainAcc: null,
      testAcc: null,
      elapsedMs: 5,
      losses,
      epochs: [],
    };
    expect(transferablesOf(progress)).toEqual([losses.buffer]);
    expect(transferablesOf({ type: 'snapshot', step: 1, inputSize: 4, hiddenSize: 2, W1 })).toEqual([
      W1.buffer,
    ]);
    expect(transferablesOf({ type: 'status', status: 'idle' })).toEqual([]);
  });
});
