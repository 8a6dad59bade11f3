/** Nearest-rank percentile `q` (0..1) of `values`. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Nearest-rank percentile `q` of values some of which are only known to be below a threshold (null):
 * those rank lowest, and the result is null when the percentile falls on one of them. NaN when empty.
 */
export function percentileBelow(values: readonly (number | null)[], q: number): number | null {
  if (values.length === 0) return NaN;
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const rank = Math.min(values.length, Math.max(1, Math.ceil(q * values.length)));
  const below = values.length - known.length;
  return rank <= below ? null : known[rank - below - 1];
}

/** Milliseconds with one decimal. */
export const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');

/** Bytes as KB (1 KB = 1024 bytes) with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
