import { createRandomState, tensor, twoLayerNet, type Tensor, type TwoLayerParams } from '../engine';
import { CLASSES, normalizedRows, oneHotRows, range, type MnistDataset } from './dataset';
import type { Hyperparameters } from './hyperparameters';
import type { EpochRecord } from './protocol';

/**
 * The book's train_neural_net.py as a step-at-a-time object, so a worker can run it in slices:
 *
 *   np.random.seed(seed); network = TwoLayerNet(784, hidden_size, 10, weight_init_std)
 *   for i in range(iters_num):
 *       batch_mask = np.random.choice(train_size, batch_size)
 *       grad = network.gradient(x_batch, t_batch); params[key] -= learning_rate * grad[key]
 *       train_loss_list.append(network.loss(x_batch, t_batch))
 *       if i % iter_per_epoch == 0: train_acc_list / test_acc_list get network.accuracy(...)
 *
 * The initial weights and the batches come from one seeded RandomState, as from NumPy's global one,
 * so NumPy running the book's code on the same packed digits takes the same steps.
 */
export interface Trainer {
  /** Updates done so far (the book's i + 1 after an iteration). */
  readonly step: number;
  readonly iterations: number;
  readonly learningRate: number;
  /** The book's `iter_per_epoch = max(train_size / batch_size, 1)` (a float, as in Python). */
  readonly iterPerEpoch: number;
  readonly params: TwoLayerParams;
  /** `train_loss_list` so far (one entry per step). */
  readonly losses: readonly number[];
  /** The accuracies measured so far. */
  readonly epochs: readonly EpochRecord[];
  readonly done: boolean;
  /** One iteration of the loop; returns its loss and, at an epoch boundary, the accuracies. */
  trainStep(): { loss: number; epoch: EpochRecord | null };
  /** Changes what may change mid-run: the step size and how many steps to run in all. */
  setLive(changes: { learningRate: number; iterations: number }): void;
  /** Softmax class probabilities for one image (rows·cols values in [0, 1]) under the current weights. */
  predict(pixels: ArrayLike<number>): number[];
}

/** Rows evaluated at once by `accuracy`, to bound memory (the book evaluates a whole split at once). */
const EVAL_CHUNK = 1000;

/** A fresh run of the book's loop on `data` with hyperparameters `h`. */
export function createTrainer(data: MnistDataset, h: Hyperparameters): Trainer {
  const random = createRandomState(h.seed);
  let params = twoLayerNet.init({
    inputSize: data.inputSize,
    hiddenSize: h.hiddenSize,
    outputSize: CLASSES,
    weightInitStd: h.weightInitStd,
    seed: random,
  });
  const trainSize = data.trainCount;
  const iterPerEpoch = Math.max(trainSize / h.batchSize, 1);
  const losses: number[] = [];
  const epochs: EpochRecord[] = [];
  let learningRate = h.learningRate;
  let iterations = h.iterations;

  const measure = (i: number): EpochRecord => ({
    epoch: i / iterPerEpoch,
    step: i + 1,
    trainAcc: accuracy(data, params, range(0, trainSize)),
    testAcc: accuracy(data, params, range(trainSize, data.testCount)),
  });

  return {
    get step() {
      return losses.length;
    },
    get iterations() {
      return iterations;
    },
    get learningRate() {
      return learningRate;
    },
    iterPerEpoch,
    get params() {
      return params;
    },
    losses,
    epochs,
    get done() {
      return losses.length >= iterations;
    },
    trainStep() {
      if (losses.length >= iterations)
        throw new RangeError(`trainStep: all ${iterations} iterations are done`);
      const i = losses.length;
      const batchMask = random.choice(trainSize, h.batchSize).data;
      const x = batchX(data, batchMask);
      const t = tensor([batchMask.length, CLASSES], 'float64', oneHotRows(data, batchMask));
      params = twoLayerNet.trainStep(params, x, t, learningRate).params;
      const loss = twoLayerNet.fast.loss(params, x, t);
      losses.push(loss);
      // The book measures when i % iter_per_epoch == 0; the last step is measured too, so a run whose
      // epoch length is fractional (8000 / 300) still ends with its accuracies known.
      const atEpoch = i % iterPerEpoch === 0 || losses.length === iterations;
      const epoch = atEpoch ? measure(i) : null;
      if (epoch) epochs.push(epoch);
      return { loss, epoch };
    },
    setLive(changes) {
      learningRate = changes.learningRate;
      iterations = Math.max(changes.iterations, losses.length);
    },
    predict(pixels) {
      const x = tensor([1, data.inputSize], 'float64', Float64Array.from(pixels));
      return softmax(twoLayerNet.fast.predict(params, x).data);
    },
  };
}

function batchX(data: MnistDataset, rows: ArrayLike<number>): Tensor {
  return tensor([rows.length, data.inputSize], 'float64', normalizedRows(data, rows));
}

/** `network.accuracy(x, t)` over the rows `rows`, evaluated a chunk at a time. */
export function accuracy(data: MnistDataset, params: TwoLayerParams, rows: Int32Array): number {
  let hits = 0;
  for (let start = 0; start < rows.length; start += EVAL_CHUNK) {
    const chunk = rows.subarray(start, start + EVAL_CHUNK);
    const t = tensor([chunk.length, CLASSES], 'float64', oneHotRows(data, chunk));
    // accuracy is hits / n with n = chunk.length, so this recovers the integer count.
    hits += Math.round(twoLayerNet.fast.accuracy(params, batchX(data, chunk), t) * chunk.length);
  }
  return hits / rows.length;
}

/** Softmax of one row of scores, the largest subtracted first as the book's softmax does. */
export function softmax(scores: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]);
  const e = Array.from(scores, (s) => Math.exp(s - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
