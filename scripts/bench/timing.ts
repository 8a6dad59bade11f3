/** Timing helpers for the engine benchmark: warm up, then many samples of K calls each. */

/** Per-call times in microseconds, one per sample. */
export type Samples = number[];

let keep: unknown; // results land here so the calls cannot be optimised away

/**
 * Times `fn`: runs it for `warmupMs` (letting the JIT settle and estimating its cost), then takes
 * `samples` samples of K back-to-back calls, K chosen so a sample lasts about `sampleMs` (at least 1).
 */
export function measure(fn: () => unknown, samples: number, sampleMs: number, warmupMs = 300): Samples {
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < warmupMs || calls < 3) {
    keep = fn();
    calls++;
  }
  const perCall = (performance.now() - start) / calls;
  const k = Math.max(1, Math.round(sampleMs / perCall));
  const times: Samples = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < k; i++) keep = fn();
    times.push(((performance.now() - t0) * 1000) / k);
  }
  return times;
}

/** Median and 95th percentile (nearest rank) of per-call times. */
export function summarize(times: readonly number[]): { median: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, p95: rank(0.95) };
}

/** Keeps the optimiser honest; returns the last result so callers may inspect it. */
export function lastResult(): unknown {
  return keep;
}
