import type { Tensor } from '../engine';
import { PLOTLY_LIMIT } from './valueRange';

/** The widest half-span: Plotly draws nothing beyond ±PLOTLY_LIMIT (≈ 1.8e304). */
const MAX_REACH = PLOTLY_LIMIT;

/**
 * The x interval a function chart spans: symmetric around 0, at least ±`minHalf`, and wide enough
 * to hold every finite value of `x` with a little room, up to what Plotly can draw: an x of 1e308 lies
 * beyond any chart, and the curves span the widest range there is.
 */
export function curveRange(x: Tensor, minHalf: number): readonly [number, number] {
  let reach = minHalf;
  for (const v of x.data) if (Number.isFinite(v)) reach = Math.max(reach, Math.abs(v) * 1.1);
  reach = Math.min(reach, MAX_REACH);
  return [-reach, reach];
}

/** `n` evenly spaced samples from `lo` to `hi`, both included. */
export function linspace(lo: number, hi: number, n: number): number[] {
  const out = new Array<number>(n);
  // The fraction first: (hi - lo) * i can overflow where the span itself does not.
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * (i / (n - 1));
  return out;
}
