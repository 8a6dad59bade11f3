import { DatasetError } from './datasetError';

/**
 * The packed digits asset (public/data/mnist-10k.bin), little-endian:
 *
 *   offset  size  field
 *        0     4  magic 'MNST'
 *        4     2  version (1)
 *        6     2  flags: bit 0 set when the payload is raw-DEFLATE compressed
 *        8     4  count: number of digits
 *       12     2  rows (28)
 *       14     2  cols (28)
 *       16     4  trainCount: the first trainCount digits are the training set
 *       20     4  testCount: the rest are the test set (trainCount + testCount = count)
 *       24     4  shuffleSeed: np.random.seed of the permutation that ordered the digits
 *       28     4  storedBytes: payload length in the file, after the header
 *       32     4  rawBytes: payload length once decompressed, count * (rows * cols + 1)
 *       36     4  checksum: Adler-32 of the decompressed payload
 *
 * The payload is every digit's pixels (uint8 0..255, row-major, rows * cols per digit) followed by every
 * digit's label (uint8 0..9), both in the same shuffled order.
 */
export const MNIST_MAGIC = 'MNST';

/** The only format version this code reads and writes. */
export const MNIST_VERSION = 1;

/** Bytes before the payload. */
export const MNIST_HEADER_BYTES = 40;

/** The header flag for a DEFLATE-compressed payload. */
export const FLAG_DEFLATE = 1;

/** What the header says about the asset. */
export interface MnistHeader {
  readonly version: number;
  readonly compressed: boolean;
  readonly count: number;
  readonly rows: number;
  readonly cols: number;
  readonly trainCount: number;
  readonly testCount: number;
  readonly shuffleSeed: number;
  readonly storedBytes: number;
  readonly rawBytes: number;
  readonly checksum: number;
}

/** The header's 40 bytes. */
export function writeMnistHeader(h: Omit<MnistHeader, 'version'>): Uint8Array {
  const bytes = new Uint8Array(MNIST_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MNIST_MAGIC.charCodeAt(i);
  view.setUint16(4, MNIST_VERSION, true);
  view.setUint16(6, h.compressed ? FLAG_DEFLATE : 0, true);
  view.setUint32(8, h.count, true);
  view.setUint16(12, h.rows, true);
  view.setUint16(14, h.cols, true);
  view.setUint32(16, h.trainCount, true);
  view.setUint32(20, h.testCount, true);
  view.setUint32(24, h.shuffleSeed, true);
  view.setUint32(28, h.storedBytes, true);
  view.setUint32(32, h.rawBytes, true);
  view.setUint32(36, h.checksum, true);
  return bytes;
}

/** The header of `bytes`, checked for consistency with itself and the file's length; `source` names the file. */
export function readMnistHeader(bytes: Uint8Array, source: string): MnistHeader {
  if (bytes.length < MNIST_HEADER_BYTES) {
    throw new DatasetError(
      source,
      `${bytes.length} bytes is too short for the ${MNIST_HEADER_BYTES}-byte header`,
    );
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MNIST_MAGIC) {
    throw new DatasetError(
      source,
      `not a packed digits file (magic ${JSON.stringify(magic)}, expected "${MNIST_MAGIC}")`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== MNIST_VERSION) {
    throw new DatasetError(
      source,
      `format version ${version} is not supported (this app reads version ${MNIST_VERSION})`,
    );
  }
  const header: MnistHeader = {
    version,
    compressed: (view.getUint16(6, true) & FLAG_DEFLATE) !== 0,
    count: view.getUint32(8, true),
    rows: view.getUint16(12, true),
    cols: view.getUint16(14, true),
    trainCount: view.getUint32(16, true),
    testCount: view.getUint32(20, true),
    shuffleSeed: view.getUint32(24, true),
    storedBytes: view.getUint32(28, true),
    rawBytes: view.getUint32(32, true),
    checksum: view.getUint32(36, true),
  };
  checkHeader(header, bytes.length, source);
  return header;
}

function checkHeader(h: MnistHeader, fileBytes: number, source: string): void {
  if (h.count === 0 || h.rows === 0 || h.cols === 0) {
    throw new DatasetError(
      source,
      `empty dataset in the header (count ${h.count}, ${h.rows}×${h.cols} pixels)`,
    );
  }
  if (h.trainCount + h.testCount !== h.count) {
    throw new DatasetError(
      source,
      `train ${h.trainCount} + test ${h.testCount} digits do not add up to the count ${h.count}`,
    );
  }
  const raw = h.count * (h.rows * h.cols + 1);
  if (h.rawBytes !== raw) {
    throw new DatasetError(
      source,
      `payload of ${h.rawBytes} bytes does not hold ${h.count} digits of ${h.rows}×${h.cols} (${raw} bytes)`,
    );
  }
  const stored = fileBytes - MNIST_HEADER_BYTES;
  if (h.storedBytes !== stored) {
    throw new DatasetError(
      source,
      `truncated or padded: the header announces ${h.storedBytes} payload bytes, the file has ${stored}`,
    );
  }
  if (!h.compressed && h.storedBytes !== h.rawBytes) {
    throw new DatasetError(source, `uncompressed payload of ${h.storedBytes} bytes, expected ${h.rawBytes}`);
  }
}
