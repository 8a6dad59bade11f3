/** Adler-32 of `bytes` (as zlib computes it), to tell a corrupted payload from a good one. */
export function adler32(bytes: Uint8Array): number {
  const MOD = 65521;
  // 5552 is the longest run whose sums cannot overflow 2**32 before the modulo (zlib's NMAX).
  const NMAX = 5552;
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += NMAX) {
    const end = Math.min(start + NMAX, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}
