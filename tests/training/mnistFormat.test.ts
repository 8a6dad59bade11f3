import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../src/training/datasetError';
import {
  MNIST_HEADER_BYTES,
  MNIST_VERSION,
  readMnistHeader,
  writeMnistHeader,
} from '../../src/training/mnistFormat';

const fields = {
  compressed: false,
  count: 3,
  rows: 2,
  cols: 2,
  trainCount: 2,
  testCount: 1,
  shuffleSeed: 7,
  storedBytes: 15,
  rawBytes: 15,
  checksum: 0xdeadbeef,
};

/** A file of the header followed by `payload` zero bytes. */
const file = (header: Uint8Array, payload: number) => {
  const bytes = new Uint8Array(header.length + payload);
  bytes.set(header);
  return bytes;
};

describe('writeMnistHeader / readMnistHeader', () => {
  it('round-trips every field', () => {
    const header = writeMnistHeader(fields);
    expect(header.length).toBe(MNIST_HEADER_BYTES);
    expect(readMnistHeader(file(header, 15), 'x.bin')).toEqual({ version: MNIST_VERSION, ...fields });
  });

  it('rejects a file shorter than the header, naming the file', () => {
    expect(() => readMnistHeader(new Uint8Array(10), 'x.bin')).toThrow(
      new DatasetError('x.bin', '10 bytes is too short for the 40-byte header'),
    );
  });

  it('rejects a file with another magic', () => {
    const bytes = file(writeMnistHeader(fields), 15);
    bytes.set(new TextEncoder().encode('<!do'));
    expect(() => readMnistHeader(bytes, 'x.bin')).toThrow(/not a packed digits file \(magic "<!do"/);
  });

  it('rejects another format version', () => {
    const bytes = file(writeMnistHeader(fields), 15);
    bytes[4] = 9;
    expect(() => readMnistHeader(bytes, 'x.bin')).toThrow(/format version 9 is not supported/);
  });

  it('rejects a truncated file', () => {
    expect(() => readMnistHeader(file(writeMnistHeader(fields), 14), 'x.bin')).toThrow(
      /truncated or padded: the header announces 15 payload bytes, the file has 14/,
    );
  });

  it('rejects a split that does not add up to the count', () => {
    const header = writeMnistHeader({ ...fields, trainCount: 3 });
    expect(() => readMnistHeader(file(header, 15), 'x.bin')).toThrow(
      /train 3 \+ test 1 digits do not add up to the count 3/,
    );
  });

  it('rejects a payload size that does not match count × (rows·cols + 1)', () => {
    const header = writeMnistHeader({ ...fields, rawBytes: 16, storedBytes: 16 });
    expect(() => readMnistHeader(file(header, 16), 'x.bin')).toThrow(
      /does not hold 3 digits of 2×2 \(15 bytes\)/,
    );
  });

  it('rejects an empty dataset', () => {
    const header = writeMnistHeader({
      ...fields,
      count: 0,
      trainCount: 0,
      testCount: 0,
      rawBytes: 0,
      storedBytes: 0,
    });
    expect(() => readMnistHeader(file(header, 0), 'x.bin')).toThrow(/empty dataset/);
  });
});
