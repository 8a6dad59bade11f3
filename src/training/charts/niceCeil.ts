/**
 * Mantissas of the round numbers an axis may end at. Few steps, since each range change redraws the
 * axis (about six changes from 100 to 3,000 steps), yet the data always fills at least half the axis.
 */
const STEPS = [1, 2, 3, 5, 10];

/**
 * The smallest round number (1, 2, 3 or 5 times a power of ten) that is at least `value`, and at least
 * `floor`. Live charts end their axes there, so the range changes only now and then as the data grows,
 * instead of with every point.
 */
export function niceCeil(value: number, floor: number): number {
  if (!(floor > 0) || !Number.isFinite(floor)) {
    throw new RangeError(`niceCeil: the floor must be a positive finite number, got ${floor}`);
  }
  const v = Number.isFinite(value) ? Math.max(value, floor) : floor;
  const decade = 10 ** Math.floor(Math.log10(v));
  // Rounding the quotient keeps e.g. 0.3 / 0.1 = 2.9999999999999996 from picking 3 over an exact 3.
  const mantissa = Math.round((v / decade) * 1e9) / 1e9;
  const step = STEPS.find((s) => s >= mantissa)!;
  // toPrecision drops the float noise of e.g. 3 * 0.1 = 0.30000000000000004.
  return Number((step * decade).toPrecision(12));
}
