import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandomState, tensor, type Tensor } from '../../src/engine';
import { decodeMnist } from '../../src/training/dataset';

/**
 * A tensor for the NumPy side: its values as float64 little-endian in `dir/<key>.f64` (exact, and fast
 * for the big training sets), described by shape and dtype in the JSON spec.
 */
export interface Encoded {
  readonly shape: readonly number[];
  readonly dtype: string;
  readonly file: string;
}

export function encode(t: Tensor, dir: string, key: string): Encoded {
  const file = join(dir, `${key}.f64`);
  const bytes = new Uint8Array(t.size * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < t.size; i++) view.setFloat64(i * 8, t.data[i], true);
  writeFileSync(file, bytes);
  return { shape: t.shape, dtype: t.dtype, file };
}

const from = (rows: number[][]): Tensor =>
  tensor([rows.length, rows[0].length], 'float64', Float64Array.from(rows.flat()));

/** The seed notebook's own inputs for its four layers. */
export function seedInputs() {
  const rs = createRandomState(0);
  return {
    // x = np.array([[1.0,-0.5], [-2.0,3.0]]): ReLU, Sigmoid and SoftmaxWithLoss all use it.
    x: from([
      [1.0, -0.5],
      [-2.0, 3.0],
    ]),
    // Batch Affine: the 2×2 x against W (2, 3) and b (3,) drawn like the seed's np.random.rand;
    // dout is the seed's dY = [[1,2,3],[4,5,6]] as floats.
    W: rs.rand(2, 3),
    b: rs.rand(3),
    dY: from([
      [1, 2, 3],
      [4, 5, 6],
    ]),
    // The seed's t = np.array([[0,1]]), an int array.
    t: tensor([1, 2], 'int64', Float64Array.from([0, 1])),
  };
}

/**
 * Training data for the 784-50-10 step: `x` and one-hot `t` hold `batches` mini-batches of `batchSize`
 * rows back to back; step i trains on batch i mod batches, as an epoch loop would. (Repeating one batch
 * would let the net memorise it until its gradients sink into subnormal numbers, which slows NumPy's
 * BLAS down tenfold and measures nothing a learner would run.)
 */
export interface TrainingSet {
  readonly name: string;
  readonly x: Tensor;
  readonly t: Tensor;
  readonly batchSize: number;
  readonly batches: number;
}

function oneHot(labels: ArrayLike<number>, classes: number): Tensor {
  const data = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) data[i * classes + labels[i]] = 1;
  return tensor([labels.length, classes], 'float64', data);
}

/** Rows [start, start + count) of a 2-D tensor, as a view (tensors never change, so sharing is safe). */
export function rowsOf(m: Tensor, start: number, count: number): Tensor {
  const w = m.shape[1];
  return tensor([count, w], m.dtype, m.data.subarray(start * w, (start + count) * w));
}

/** Uniform [0, 1) pixels and random labels: no zeros, the worst case for the engine's zero-skipping. */
export function denseSet(batchSize = 100, batches = 20): TrainingSet {
  const rs = createRandomState(1);
  const n = batchSize * batches;
  return {
    name: 'dense rand',
    x: rs.rand(n, 784),
    t: oneHot(rs.randint(10, undefined, n).data, 10),
    batchSize,
    batches,
  };
}

/** The first digits of the packed MNIST asset, scaled to [0, 1]; `skipped` says why when unreadable. */
export function mnistSet(batchSize = 100, batches = 20): TrainingSet | { skipped: string } {
  try {
    const data = decodeMnist(new Uint8Array(readFileSync('public/data/mnist-10k.bin')));
    const n = batchSize * batches;
    const x = Float64Array.from(data.pixels.subarray(0, n * data.inputSize), (p) => p / 255);
    return {
      name: 'MNIST digits',
      x: tensor([n, data.inputSize], 'float64', x),
      t: oneHot(data.labels.subarray(0, n), 10),
      batchSize,
      batches,
    };
  } catch (e) {
    return { skipped: (e as Error).message };
  }
}
