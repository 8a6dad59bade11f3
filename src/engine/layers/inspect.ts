import type { EngineWarning } from '../errors';
import { hasNaN } from '../ops/fpflags';
import { checkInt64 } from '../ops/intcheck';
import { isFreezing, type Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';

/** Warnings every layer raises about its inputs: nan that will flow through, ints too big for float64. */
export function inspectInputs(sink: WarningSink, inputs: Readonly<Record<string, Tensor>>): void {
  for (const name in inputs) {
    const t = inputs[name];
    if (t.dtype === 'float64' && hasNaN(t.data)) warn(sink, 'nan-propagates', { name });
    checkInt64(t, sink);
  }
}

/** The warnings of a result that has none: one frozen empty list, shared (freezing an array is not free). */
export const NO_WARNINGS: readonly EngineWarning[] = Object.freeze([]);

/** A layer's result, frozen with its warnings while the engine freezes its results (see setFreezing). */
export function frozen<T extends { warnings: readonly EngineWarning[] }>(result: T): Readonly<T> {
  if (!isFreezing()) return result;
  if (!Object.isFrozen(result.warnings)) Object.freeze(result.warnings);
  return Object.freeze(result);
}
