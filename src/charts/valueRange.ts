/**
 * Axis ranges for charts that give theirs (so that `createLiveDraw` can move their points without a
 * full redraw): the values drawn, with a little room.
 */

type Values = readonly (number | null)[];

/** The range of the finite values among `groups`, with 6% of room on each side (±0.5 around a single value). */
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
  const room = hi > lo ? (hi - lo) * 0.06 : 0.5;
  return [lo - room, hi + room];
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
  return paddedRange(up, down, marks);
}
