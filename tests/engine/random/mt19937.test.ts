import { describe, expect, it } from 'vitest';
import { mt19937FromArray, mt19937FromInt, nextDouble, nextUint32 } from '../../../src/engine/random/mt19937';
import fixture from '../../fixtures/random.json';

describe('mt19937', () => {
  it('mt19937FromInt(5489) gives the reference generator’s first outputs (Matsumoto & Nishimura)', () => {
    const mt = mt19937FromInt(5489);
    expect([nextUint32(mt), nextUint32(mt), nextUint32(mt)]).toEqual([3499211612, 581869302, 3890346734]);
  });

  it('mt19937FromArray([0x123, 0x234, 0x345, 0x456]) matches mt19937ar.c’s published test output', () => {
    const mt = mt19937FromArray([0x123, 0x234, 0x345, 0x456]);
    expect([nextUint32(mt), nextUint32(mt), nextUint32(mt)]).toEqual([1067595299, 955945823, 477289528]);
  });

  it('the 10000th output of the default-seeded generator is 4123659995 (C++ std::mt19937’s check)', () => {
    const mt = mt19937FromInt(5489);
    for (let i = 0; i < 9999; i++) nextUint32(mt);
    expect(nextUint32(mt)).toBe(4123659995);
  });

  for (const { seed, key } of fixture.cases.filter((c) => 'key' in c) as {
    seed: number | number[];
    key: number[];
  }[]) {
    it(`seeding with ${JSON.stringify(seed)} leaves the key words RandomState.get_state() shows`, () => {
      const mt = typeof seed === 'number' ? mt19937FromInt(seed) : mt19937FromArray(seed);
      expect([...Array.from(mt.key.slice(0, 5)), mt.key[623]]).toEqual(key);
      expect(mt.pos).toBe(624);
    });
  }

  it('nextDouble() is a 53-bit fraction in [0, 1) built from two outputs', () => {
    const a = mt19937FromInt(0);
    const b = mt19937FromInt(0);
    const d = nextDouble(a);
    const hi = nextUint32(b) >>> 5;
    const lo = nextUint32(b) >>> 6;
    expect(d).toBe((hi * 2 ** 26 + lo) / 2 ** 53);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThan(1);
  });
});
