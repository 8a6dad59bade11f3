import { nextUint32, type Mt19937 } from './mt19937';

const TWO_32 = 4294967296;

/** The smallest all-ones bit mask covering `max` (up to 2**53 - 1), as NumPy's `gen_mask`. */
function maskFor(max: number): number {
  let bits = 0;
  while (bits < 53 && 2 ** bits - 1 < max) bits++;
  return 2 ** bits - 1;
}

/**
 * A uniform integer in [0, rng] by masked rejection, as legacy `randint` draws it
 * (`random_bounded_uint64_fill` with `use_masked`) and as `shuffle` draws its swap index
 * (`random_interval`, the same algorithm): 32-bit draws while rng fits in 32 bits, otherwise
 * 64-bit draws (high word first). `rng` must be a safe integer.
 */
export function boundedMasked(state: Mt19937, rng: number): number {
  if (rng === 0) return 0;
  if (rng === TWO_32 - 1) return nextUint32(state);
  const mask = maskFor(rng);
  if (rng < TWO_32) {
    let v: number;
    do v = (nextUint32(state) & mask) >>> 0;
    while (v > rng);
    return v;
  }
  const maskHigh = Math.floor(mask / TWO_32);
  let v: number;
  do {
    const high = nextUint32(state) & maskHigh;
    v = high * TWO_32 + nextUint32(state);
  } while (v > rng);
  return v;
}
