import type { Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';

const EXACT = 2 ** 53;

/** Warns when an int64 tensor holds a value float64 cannot keep exactly (beyond ±2**53). */
export function checkInt64(t: Tensor, sink: WarningSink | undefined): void {
  if (!sink || t.dtype !== 'int64') return;
  const d = t.data;
  for (let i = 0; i < d.length; i++) {
    if (d[i] > EXACT || d[i] < -EXACT) {
      warn(sink, 'int64-precision');
      return;
    }
  }
}
