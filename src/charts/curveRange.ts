import type { Tensor } from '../engine';

/**
 * The x interval a function chart spans: symmetric around 0, at least ±`minHalf`, and wide enough
 * to hold every finite value of `x` with a little room.
 */
export function curveRange(x: Tensor, minHalf: number): readonly [number, number] {
  let reach = minHalf;
  for (const v of x.data) if (Number.isFinite(v)) reach = Math.max(reach, Math.abs(v) * 1.1);
  return [-reach, reach];
}

/** `n` evenly spaced samples from `lo` to `hi`, both included. */
export function linspace(lo: number, hi: number, n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = lo + ((hi - lo) * i) / (n - 1);
  return out;
}
