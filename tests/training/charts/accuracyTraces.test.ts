import { describe, expect, it } from 'vitest';
import { accuracyTraces } from '../../../src/training/charts/accuracyTraces';

describe('accuracyTraces', () => {
  const epochs = [
    { epoch: 0, step: 1, trainAcc: 0.1, testAcc: 0.09 },
    { epoch: 1, step: 81, trainAcc: 0.8, testAcc: 0.79 },
  ];

  it('draws train and test accuracy against the epoch', () => {
    const [train, test] = accuracyTraces(epochs).traces;
    expect(train).toMatchObject({ name: 'train acc', x: [0, 1], y: [0.1, 0.8] });
    expect(test).toMatchObject({ name: 'test acc', x: [0, 1], y: [0.09, 0.79] });
  });

  it('keeps the accuracy axis fixed at 0..1 so the curves are comparable as they grow', () => {
    expect(accuracyTraces([]).layout.yaxis?.range).toEqual([0, 1]);
  });

  it('names the lines in Japanese when asked', () => {
    const [train, test] = accuracyTraces(epochs, 'ja').traces;
    expect(train).toMatchObject({ name: '訓練データの精度' });
    expect(test).toMatchObject({ name: 'テストデータの精度' });
    expect(accuracyTraces(epochs, 'ja').layout.title?.text).toMatch(/^認識精度/);
  });

  it('ends the epoch axis at a round number at or above the last epoch, at least 1', () => {
    expect(accuracyTraces([]).layout.xaxis?.range).toEqual([0, 1]);
    expect(
      accuracyTraces([...epochs, { epoch: 27, step: 2161, trainAcc: 0.92, testAcc: 0.92 }]).layout.xaxis
        ?.range,
    ).toEqual([0, 30]);
  });
});
