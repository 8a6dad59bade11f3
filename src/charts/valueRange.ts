/**
 * Axis ranges for charts that give theirs (so that `createLiveDraw` can move their points without a
 * full redraw): the values drawn, with a little room.
 */

type Values = readonly (number | null)[];

/**
 * The largest magnitude Plotly draws (its FP_SAFE, MAX_VALUE × 1e-4 ≈ 1.8e304): it drops values beyond
 * it, and a range beyond it would not be drawn as given.
 */
export const PLOTLY_LIMIT = Number.MAX_VALUE * 1e-4;

/**
 * The range of the finite values among `groups`, with 6% of room on each side (±0.5 around a single
 * value), within ±PLOTLY_LIMIT: values of 1e308 give a range to Plotly's edge, not to inf.
 */
export function paddedRange(...groups: readonly Values[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of groups) {
    for (const v of values) {
      if (v === null || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (lo > hi) return [-1, 1];
  // Half the span, which cannot overflow as hi - lo can (1e308 - -1e308).
  const half = hi / 2 - lo / 2;
  const room = half > 0 ? half * 0.12 : 0.5;
  return [Math.max(lo - room, -PLOTLY_LIMIT), Math.min(hi + room, PLOTLY_LIMIT)];
}

/**
 * The range of bars stacked as Plotly's `barmode: 'relative'` stacks them (at each position, the
 * positive segments upwards from 0 and the negative ones downwards) and of `marks` drawn beside them,
 * padded as `paddedRange` pads. Every segment lists one value per position; a value that is not finite
 * is left out, as Plotly leaves its bar out.
 */
export function stackedRange(segments: readonly Values[], marks: Values = []): [number, number] {
  const positions = Math.max(0, ...segments.map((s) => s.length));
  const up = new Array<number>(positions).fill(0);
  const down = new Array<number>(positions).fill(0);
  for (const segment of segments) {
    segment.forEach((v, k) => {
      if (v === null || !Number.isFinite(v)) return;
      if (v > 0) up[k] += v;
      else down[k] += v;
    });
  }
  // A stack of finite values can still overflow (1e308 + 1e308): it reaches past the edge.
  const edge = (v: number) => Math.max(-PLOTLY_LIMIT, Math.min(v, PLOTLY_LIMIT));
  return paddedRange(up.map(edge), down.map(edge), marks);
}
