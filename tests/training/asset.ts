import { readFileSync } from 'node:fs';
import { decodeMnist, type MnistDataset } from '../../src/training/dataset';

/** The committed asset's bytes (public/data/mnist-10k.bin). Shared by the training tests. */
export function assetBytes(): Uint8Array {
  return new Uint8Array(readFileSync(new URL('../../public/data/mnist-10k.bin', import.meta.url)));
}

let decoded: MnistDataset | null = null;

/** The committed asset, decoded once per test file. */
export function realDigits(): MnistDataset {
  decoded ??= decodeMnist(assetBytes());
  return decoded;
}

/** tests/fixtures/training.json, written by scripts/fixtures/gen_training.py (NumPy, the book's loop). */
export interface TrainingFixture {
  readonly shuffleSeed: number;
  readonly pixelValues: number[];
  readonly subset: {
    readonly seed: number;
    readonly trainCount: number;
    readonly testCount: number;
    readonly hiddenSize: number;
    readonly weightInitStd: number;
    readonly learningRate: number;
    readonly batchSize: number;
    readonly iterations: number;
    readonly losses: number[];
    readonly epochs: { epoch: number; step: number; trainAcc: number; testAcc: number }[];
    readonly finalW2: { shape: number[]; data: number[] };
  };
  readonly full: {
    readonly stepsTo092: number;
    readonly testAcc: number;
    readonly epochs: { epoch: number; step: number; trainAcc: number; testAcc: number }[];
    readonly firstLosses: number[];
  };
}

/** The NumPy training fixture. */
export function trainingFixture(): TrainingFixture {
  return JSON.parse(
    readFileSync(new URL('../fixtures/training.json', import.meta.url), 'utf8'),
  ) as TrainingFixture;
}

/** A small dataset of `train` + `test` digits of rows×cols pixels, for tests that need no real data. */
export function tinyDigits(train: number, test: number, rows = 2, cols = 2): MnistDataset {
  const count = train + test;
  const inputSize = rows * cols;
  const pixels = Uint8Array.from({ length: count * inputSize }, (_, i) => (i * 37) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  const header = {
    version: 1,
    compressed: false,
    count,
    rows,
    cols,
    trainCount: train,
    testCount: test,
    shuffleSeed: 0,
    storedBytes: count * (inputSize + 1),
    rawBytes: count * (inputSize + 1),
    checksum: 0,
  };
  return { header, pixels, labels, inputSize, trainCount: train, testCount: test };
}
