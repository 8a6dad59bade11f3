import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMasked } from '../../../src/engine/random/bounded';
import { mt19937FromInt, nextUint32 } from '../../../src/engine/random/mt19937';

describe('boundedMasked', () => {
  it('boundedMasked(state, rng) always lies in [0, rng]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 53 - 1 }),
        (s, rng) => {
          const mt = mt19937FromInt(s);
          for (let i = 0; i < 5; i++) {
            const v = boundedMasked(mt, rng);
            expect(Number.isInteger(v) && v >= 0 && v <= rng).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('boundedMasked(state, 0) draws nothing from the generator', () => {
    const a = mt19937FromInt(1);
    const b = mt19937FromInt(1);
    expect(boundedMasked(a, 0)).toBe(0);
    expect(nextUint32(a)).toBe(nextUint32(b));
  });

  it('rejects masked words above rng and keeps drawing (rng = 4 uses mask 7)', () => {
    const a = mt19937FromInt(9);
    const b = mt19937FromInt(9);
    const v = boundedMasked(a, 4);
    let w: number;
    do w = nextUint32(b) & 7;
    while (w > 4);
    expect(v).toBe(w);
    expect(nextUint32(a)).toBe(nextUint32(b));
  });

  it('above 2**32 - 1 it draws two words, high word first', () => {
    const a = mt19937FromInt(3);
    const b = mt19937FromInt(3);
    const rng = 2 ** 40 - 1;
    expect(boundedMasked(a, rng)).toBe((nextUint32(b) & 0xff) * 2 ** 32 + nextUint32(b));
  });
});
