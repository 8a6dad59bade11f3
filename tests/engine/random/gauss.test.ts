import { describe, expect, it } from 'vitest';
import { legacyGauss } from '../../../src/engine/random/gauss';
import { mt19937FromInt, nextDouble } from '../../../src/engine/random/mt19937';

describe('legacyGauss', () => {
  it('draws a pair by the polar method, returns the second and caches the first', () => {
    const mt = mt19937FromInt(0);
    const first = legacyGauss(mt);
    expect(mt.hasGauss).toBe(true);
    const cached = mt.gauss;
    expect(legacyGauss(mt)).toBe(cached);
    expect(mt.hasGauss).toBe(false);

    // Replays the polar method by hand on a twin generator.
    const twin = mt19937FromInt(0);
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * nextDouble(twin) - 1;
      x2 = 2 * nextDouble(twin) - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    expect(first).toBeCloseTo(f * x2, 14);
    expect(cached).toBeCloseTo(f * x1, 14);
  });

  it('a cached value survives uniform draws in between', () => {
    const mt = mt19937FromInt(5);
    legacyGauss(mt);
    const cached = mt.gauss;
    nextDouble(mt);
    expect(legacyGauss(mt)).toBe(cached);
  });

  it('has mean near 0 and variance near 1 over many draws', () => {
    const mt = mt19937FromInt(7);
    let sum = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const g = legacyGauss(mt);
      sum += g;
      sq += g * g;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.03);
  });
});
