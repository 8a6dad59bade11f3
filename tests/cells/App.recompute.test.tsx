// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import * as engine from '../../src/engine';
import { commitText, numpyOf, renderWithStore } from './renderWithStore';

// Count every call into the engine's layers (and the single Affine's np.dot), keeping their behaviour.
vi.mock('../../src/engine', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine')>();
  const counted = <T extends object>(layer: T): T =>
    Object.fromEntries(
      Object.entries(layer).map(([k, f]) => [k, typeof f === 'function' ? vi.fn(f) : f]),
    ) as T;
  return {
    ...real,
    relu: counted(real.relu),
    sigmoid: counted(real.sigmoid),
    affine: counted(real.affine),
    softmaxWithLoss: counted(real.softmaxWithLoss),
    dot: vi.fn(real.dot),
  };
});

const calls = () => ({
  relu: vi.mocked(engine.relu.forward).mock.calls.length,
  sigmoid: vi.mocked(engine.sigmoid.forward).mock.calls.length,
  affine: vi.mocked(engine.dot).mock.calls.length,
  batchAffine: vi.mocked(engine.affine.forward).mock.calls.length,
  softmax: vi.mocked(engine.softmaxWithLoss.forward).mock.calls.length,
});

describe('App recomputation', () => {
  beforeEach(() => vi.clearAllMocks());

  it('derives each cell once on the first paint', () => {
    renderWithStore(<App />);
    expect(calls()).toEqual({ relu: 1, sigmoid: 1, affine: 1, batchAffine: 1, softmax: 1 });
  });

  it('an edit in one cell recomputes that cell only', () => {
    const { container } = renderWithStore(<App />);
    vi.clearAllMocks();
    commitText(container, 'sigmoid', 'x', '[0.0]');
    expect(numpyOf(container, 'sigmoid', 'out')).toBe('[0.5]');
    expect(calls()).toEqual({ relu: 0, sigmoid: 1, affine: 0, batchAffine: 0, softmax: 0 });
  });

  it('a store action in one cell recomputes that cell only', () => {
    const { store } = renderWithStore(<App />);
    vi.clearAllMocks();
    act(() => store.getState().reroll('affine'));
    act(() => store.getState().setDout('relu', 'ones'));
    expect(calls()).toEqual({ relu: 1, sigmoid: 0, affine: 1, batchAffine: 0, softmax: 0 });
  });
});
