import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32 } from '../../src/training/adler32';

/** zlib writes the Adler-32 of its input as the last four bytes (big-endian) of a zlib stream. */
const zlibAdler = (bytes: Uint8Array) => {
  const stream = deflateSync(bytes);
  return stream.readUInt32BE(stream.length - 4);
};

describe('adler32', () => {
  it('adler32(empty) is 1', () => {
    expect(adler32(new Uint8Array(0))).toBe(1);
  });

  it('adler32("Wikipedia") is 0x11E60398, the textbook example', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
  });

  it('agrees with zlib on long inputs of large bytes, where the sums must be reduced in time', () => {
    for (const n of [5551, 5552, 5553, 100_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => 255 - (i % 7));
      expect(adler32(bytes), `length ${n}`).toBe(zlibAdler(bytes));
    }
  });
});
