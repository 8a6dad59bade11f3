/** Nearest-rank percentile `q` (0..1) of `values`. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Milliseconds with one decimal. */
export const ms = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '—');

/** Bytes as KB (1 KB = 1024 bytes) with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
