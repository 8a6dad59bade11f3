import { describe, expect, it } from 'vitest';
import { subsetMnist } from '../../src/training/dataset';
import { DEFAULT_HYPERPARAMETERS } from '../../src/training/hyperparameters';
import { accuracy, createTrainer, softmax } from '../../src/training/trainer';
import { realDigits, tinyDigits, trainingFixture } from './asset';

const fixture = trainingFixture().subset;
const setup = {
  hiddenSize: fixture.hiddenSize,
  weightInitStd: fixture.weightInitStd,
  learningRate: fixture.learningRate,
  batchSize: fixture.batchSize,
  iterations: fixture.iterations,
  seed: fixture.seed,
};

describe('createTrainer on the packed digits', () => {
  // NumPy ran the book's train_neural_net.py on the same 2,000 / 500 digits from the same seed.
  const trainer = createTrainer(subsetMnist(realDigits(), fixture.trainCount, fixture.testCount), setup);
  while (!trainer.done) trainer.trainStep();

  it("takes the book's steps: the loss of every step matches NumPy's to rounding", () => {
    expect(trainer.losses.length).toBe(fixture.iterations);
    trainer.losses.forEach((loss, i) =>
      expect(Math.abs(loss - fixture.losses[i]), `step ${i + 1}`).toBeLessThan(1e-12),
    );
  });

  it("measures train and test accuracy at NumPy's epoch boundaries, with NumPy's values", () => {
    expect(trainer.epochs).toEqual(fixture.epochs);
  });

  it('reaches the known test accuracy after 240 steps (0.86 on the 500 test digits)', () => {
    expect(trainer.epochs.at(-1)?.testAcc).toBe(0.86);
  });

  it("ends with NumPy's weights", () => {
    const W2 = trainer.params.W2.data;
    fixture.finalW2.data.forEach((w, i) => expect(Math.abs(W2[i] - w), `W2[${i}]`).toBeLessThan(1e-12));
  });
});

describe('createTrainer on the whole 8,000 / 2,000 split', () => {
  const full = trainingFixture().full;

  it("starts as NumPy's run does: the same first losses and first accuracies", () => {
    const trainer = createTrainer(realDigits(), DEFAULT_HYPERPARAMETERS);
    for (let i = 0; i < full.firstLosses.length; i++) {
      const { loss } = trainer.trainStep();
      expect(Math.abs(loss - full.firstLosses[i]), `step ${i + 1}`).toBeLessThan(1e-12);
    }
    expect(trainer.epochs[0]).toEqual(full.epochs[0]);
  });
});

describe('createTrainer', () => {
  const tiny = tinyDigits(20, 10);

  it('uses iter_per_epoch = max(train_size / batch_size, 1), a float as in Python', () => {
    expect(createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, batchSize: 8 }).iterPerEpoch).toBe(2.5);
    expect(createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, batchSize: 100 }).iterPerEpoch).toBe(1);
  });

  it('measures at i % iter_per_epoch == 0 and after the last step', () => {
    const trainer = createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, batchSize: 8, iterations: 7 });
    while (!trainer.done) trainer.trainStep();
    expect(trainer.epochs.map((e) => e.step)).toEqual([1, 6, 7]);
  });

  it('refuses a step past the last iteration', () => {
    const trainer = createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, iterations: 1 });
    trainer.trainStep();
    expect(() => trainer.trainStep()).toThrow('trainStep: all 1 iterations are done');
  });

  it('setLive changes the learning rate and extends (never shortens below the steps done) the run', () => {
    const trainer = createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, iterations: 3 });
    trainer.trainStep();
    trainer.trainStep();
    trainer.setLive({ learningRate: 0.5, iterations: 1 });
    expect([trainer.learningRate, trainer.iterations, trainer.done]).toEqual([0.5, 2, true]);
    trainer.setLive({ learningRate: 0.5, iterations: 5 });
    expect(trainer.done).toBe(false);
  });

  it('the same seed gives the same run; another seed another', () => {
    const run = (seed: number) => {
      const trainer = createTrainer(tiny, { ...DEFAULT_HYPERPARAMETERS, batchSize: 4, iterations: 5, seed });
      while (!trainer.done) trainer.trainStep();
      return trainer.losses;
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it('predict gives class probabilities that sum to 1', () => {
    const trainer = createTrainer(tiny, DEFAULT_HYPERPARAMETERS);
    const p = trainer.predict([0, 0.5, 1, 0.25]);
    expect(p).toHaveLength(10);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('accuracy', () => {
  it('evaluates a split in chunks to the same value as the book (hits / n)', () => {
    const trainer = createTrainer(subsetMnist(realDigits(), 2500, 10), {
      ...DEFAULT_HYPERPARAMETERS,
      iterations: 5,
    });
    while (!trainer.done) trainer.trainStep();
    const rows = Int32Array.from({ length: 2500 }, (_, i) => i);
    const acc = accuracy(subsetMnist(realDigits(), 2500, 10), trainer.params, rows);
    expect(Number.isInteger(acc * 2500)).toBe(true);
    expect(acc).toBe(trainer.epochs.at(-1)?.trainAcc);
  });
});

describe('softmax', () => {
  it('subtracts the largest score first, so huge scores do not overflow', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
    expect(softmax([0, Math.log(3)])[1]).toBeCloseTo(0.75, 15);
  });
});
