import { inflateSync } from 'fflate';
import { adler32 } from './adler32';
import { DatasetError } from './datasetError';
import { MNIST_HEADER_BYTES, readMnistHeader, type MnistHeader } from './mnistFormat';

/** Where the app serves the packed digits (written by `npm run data:mnist`). */
export const MNIST_ASSET = 'data/mnist-10k.bin';

/** Number of classes (digits 0..9). */
export const CLASSES = 10;

/** The decoded digits: pixels as stored (uint8), labels, and the split the file records. */
export interface MnistDataset {
  readonly header: MnistHeader;
  /** count × (rows·cols) pixels, 0..255, row-major per digit. */
  readonly pixels: Uint8Array;
  /** count labels, 0..9. */
  readonly labels: Uint8Array;
  /** Pixels per digit (rows·cols, 784). */
  readonly inputSize: number;
  /** The first trainCount digits train, the remaining testCount test. */
  readonly trainCount: number;
  readonly testCount: number;
}

/** Decodes and validates the packed asset's bytes; `source` names the file in error messages. */
export function decodeMnist(bytes: Uint8Array, source: string = MNIST_ASSET): MnistDataset {
  const header = readMnistHeader(bytes, source);
  const stored = bytes.subarray(MNIST_HEADER_BYTES);
  const raw = header.compressed ? inflate(stored, header.rawBytes, source) : stored;
  if (adler32(raw) !== header.checksum) {
    throw new DatasetError(source, 'checksum mismatch: the payload is corrupted');
  }
  const inputSize = header.rows * header.cols;
  const pixels = raw.subarray(0, header.count * inputSize);
  const labels = raw.subarray(header.count * inputSize);
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= CLASSES)
      throw new DatasetError(source, `label ${labels[i]} of digit ${i} is not in 0..9`);
  }
  return { header, pixels, labels, inputSize, trainCount: header.trainCount, testCount: header.testCount };
}

function inflate(stored: Uint8Array, rawBytes: number, source: string): Uint8Array {
  const out = new Uint8Array(rawBytes);
  let result: Uint8Array;
  try {
    result = inflateSync(stored, { out });
  } catch (e) {
    throw new DatasetError(source, `the compressed payload cannot be inflated (${(e as Error).message})`);
  }
  if (result.length !== rawBytes) {
    throw new DatasetError(source, `the payload inflates to ${result.length} bytes, expected ${rawBytes}`);
  }
  return result;
}

/** Fetches and decodes the asset at `url`, with a clear error when it is missing or broken. */
export async function loadMnist(url: string, fetchFn: typeof fetch = fetch): Promise<MnistDataset> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    throw new DatasetError(url, `could not be fetched (${(e as Error).message})`);
  }
  if (!response.ok) {
    throw new DatasetError(
      url,
      `could not be loaded: HTTP ${response.status} (is it packed? run npm run data:mnist)`,
    );
  }
  return decodeMnist(new Uint8Array(await response.arrayBuffer()), url);
}

/**
 * What each pixel byte becomes under the book's `load_mnist(normalize=True)`: it converts to float32 and
 * divides by 255.0 in float32, so 0.5-ish values carry float32 rounding; NumPy's dot then widens them
 * to float64 exactly. Using these values makes the first layer see the same numbers as the book's.
 */
export const PIXEL_VALUES: Float64Array = Float64Array.from({ length: 256 }, (_, k) => Math.fround(k / 255));

/**
 * The rows `indices` of the images as floats in [0, 1] (`PIXEL_VALUES`, the book's x / 255 in float32);
 * written into `out` when given (it must hold indices.length · inputSize).
 */
export function normalizedRows(
  data: MnistDataset,
  indices: ArrayLike<number>,
  out: Float64Array = new Float64Array(indices.length * data.inputSize),
): Float64Array {
  const d = data.inputSize;
  for (let r = 0; r < indices.length; r++) {
    const src = indices[r] * d;
    const dst = r * d;
    for (let j = 0; j < d; j++) out[dst + j] = PIXEL_VALUES[data.pixels[src + j]];
  }
  return out;
}

/** The labels of rows `indices` one-hot encoded (indices.length × 10), like `one_hot_label=True`. */
export function oneHotRows(data: MnistDataset, indices: ArrayLike<number>): Float64Array {
  const out = new Float64Array(indices.length * CLASSES);
  for (let r = 0; r < indices.length; r++) out[r * CLASSES + data.labels[indices[r]]] = 1;
  return out;
}

/** The indices start, start+1, ..., start+count-1 (a whole split as a row selection). */
export function range(start: number, count: number): Int32Array {
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = start + i;
  return out;
}

/** The first `trainCount` training and first `testCount` test digits of `data`, as a smaller dataset. */
export function subsetMnist(data: MnistDataset, trainCount: number, testCount: number): MnistDataset {
  if (trainCount > data.trainCount || testCount > data.testCount || trainCount < 1 || testCount < 1) {
    throw new RangeError(
      `subsetMnist: ${trainCount} train / ${testCount} test is not within 1..${data.trainCount} / 1..${data.testCount}`,
    );
  }
  const d = data.inputSize;
  const rows = [...range(0, trainCount), ...range(data.trainCount, testCount)];
  const pixels = new Uint8Array(rows.length * d);
  rows.forEach((r, i) => pixels.set(data.pixels.subarray(r * d, (r + 1) * d), i * d));
  const labels = Uint8Array.from(rows, (r) => data.labels[r]);
  const header = { ...data.header, count: rows.length, trainCount, testCount };
  return { header, pixels, labels, inputSize: d, trainCount, testCount };
}
