import {
  CostError,
  full,
  NumpyError,
  withBudget,
  type CostCode,
  type CostParams,
  type EngineWarning,
  type Tensor,
} from '../../engine';
import type { SeedDout } from '../../notebook/cellDefinition';
import type { CellInputs } from '../types';
import { OUTPUT_LIMITS } from './limits';

/** An output the page would not compute: which cap it passed, and by how much (the view words it). */
export interface CostLimit {
  readonly code: CostCode;
  readonly params: CostParams;
}

/**
 * One derived value: either what the engine computed, or the error that stopped it: NumPy's exception, or
 * (with `limit`) one of the page's output caps (OUTPUT_LIMITS), which NumPy itself does not have.
 */
export interface Derived<T> {
  readonly value: T | null;
  /** NumPy's exception as Python prints it (`ValueError: ...`), or the cap's technical text. */
  readonly error: string | null;
  /** Set when the error is a cap of this page rather than NumPy's. */
  readonly limit?: CostLimit;
}

/** A derived matrix (out, mask, dx, ...). */
export type DerivedMatrix = Derived<Tensor>;

/** Everything a cell shows that is computed from its inputs. */
export interface CellOutputs {
  /** Every matrix the cell shows that is not a plain input, dout included (resolved from its source). */
  readonly matrices: Readonly<Record<string, DerivedMatrix>>;
  readonly loss?: Derived<number>;
  /** What NumPy did silently that the learner should hear about, without duplicates. */
  readonly warnings: readonly EngineWarning[];
}

/** A successful derivation. */
export function ok<T>(value: T): Derived<T> {
  return { value, error: null };
}

/** A derivation stopped by `error` (a cap's, with `limit`). */
export function failed<T>(error: string, limit?: CostLimit): Derived<T> {
  return limit ? { value: null, error, limit } : { value: null, error };
}

/**
 * Runs one engine step within the output caps (OUTPUT_LIMITS, checked before the work), turning a
 * NumpyError into a failed result (as Python prints it: `ValueError: ...`) and a step past a cap into one
 * that says which, so that one failing output does not hide the others. Any other exception is a bug and
 * propagates.
 */
export function attempt<T>(step: () => T): Derived<T> {
  try {
    return ok(withBudget(OUTPUT_LIMITS, step));
  } catch (e) {
    if (e instanceof NumpyError) return failed(`${e.kind}: ${e.message}`);
    if (e instanceof CostError) return failed(e.message, { code: e.code, params: e.params });
    throw e;
  }
}

/** Runs `step` on the values of `deps` when all of them were derived; else carries the first error. */
export function after<T, D extends readonly Derived<unknown>[]>(
  deps: D,
  step: (...values: { [K in keyof D]: NonNullable<D[K]['value']> }) => T,
): Derived<T> {
  for (const d of deps) if (d.error !== null) return failed(d.error, d.limit);
  return attempt(() => step(...(deps.map((d) => d.value) as { [K in keyof D]: NonNullable<D[K]['value']> })));
}

/**
 * The upstream gradient a cell's backward receives: what the seed passes, ones shaped like `out`, or the
 * cell's own `dout` matrix.
 */
export function resolveDout(inputs: CellInputs, seedDout: SeedDout, out: DerivedMatrix): DerivedMatrix {
  const ones = () => after([out] as const, (o) => full(o.shape, 1, 'float64'));
  if (inputs.dout === 'custom') return ok(inputs.matrices.dout);
  if (inputs.dout === 'ones') return ones();
  switch (seedDout.kind) {
    case 'input':
      return ok(inputs.matrices[seedDout.name]);
    case 'constant':
      return ok(seedDout.value);
    case 'ones':
    case 'none':
      return ones();
  }
}

/** The warnings of several engine calls, each code once, in the order first seen. */
export function collectWarnings(
  ...lists: readonly (readonly EngineWarning[] | undefined)[]
): EngineWarning[] {
  const seen = new Map<string, EngineWarning>();
  for (const list of lists) for (const w of list ?? []) if (!seen.has(w.code)) seen.set(w.code, w);
  return [...seen.values()];
}

/** Memoises a per-cell derivation on the identity of the cell's inputs object. */
export function memoByInputs<T extends CellOutputs = CellOutputs>(
  derive: (inputs: CellInputs) => T,
): (inputs: CellInputs) => T {
  const cache = new WeakMap<CellInputs, T>();
  return (inputs) => {
    let outputs = cache.get(inputs);
    if (!outputs) {
      outputs = derive(inputs);
      cache.set(inputs, outputs);
    }
    return outputs;
  };
}
