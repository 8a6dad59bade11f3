import { deflateSync, Inflate } from 'fflate';
import { fail, pass, type Step } from './errors';

/**
 * Raw DEFLATE (no zlib header) through fflate. Chosen over lz-string because it gives shorter links for
 * every cell but the tiniest (docs/sharing.md lists the sizes) and because its streaming inflater can be
 * stopped at a size cap, which lz-string's decompress cannot.
 */

/** Compressed input fed to the inflater at a time; DEFLATE expands at most ~1032×, so each push is bounded. */
const CHUNK_BYTES = 1024;

/** DEFLATE-compresses `bytes` at the highest level. */
export function deflate(bytes: Uint8Array): Uint8Array {
  return deflateSync(bytes, { level: 9 });
}

/** Signals that the output passed the cap; thrown from fflate's callback and caught right below. */
class OverCap extends Error {}

/**
 * Inflates `bytes`, giving up as soon as the output passes `maxBytes` (a decompression bomb costs at most
 * `maxBytes` plus one chunk's expansion). Truncated or corrupt input is an error, never an exception.
 */
export function inflateCapped(bytes: Uint8Array, maxBytes: number): Step<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new OverCap();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      inflater.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    if (e instanceof OverCap) return fail('too-large', `the data inflates to more than ${maxBytes} bytes`);
    return fail(
      'corrupt',
      `the compressed data is damaged or cut short (${e instanceof Error ? e.message : e})`,
    );
  }
  if (!ended) return fail('corrupt', 'the compressed data is empty or cut short');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return pass(out);
}
