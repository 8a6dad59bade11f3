import { numpyTextOf, warn, type WarningCode, type WarningSink } from '../warnings';

/**
 * NumPy checks the CPU's floating-point flags after each ufunc and turns them into RuntimeWarnings
 * (divide by zero, overflow, invalid value; underflow is ignored by default). JS has no flags, so the
 * engine reconstructs them from operands and results. It only looks when a result is not finite, which
 * keeps the common case to one extra scan.
 */
export interface FpFlags {
  divide: boolean;
  overflow: boolean;
  invalid: boolean;
}

/** No flag raised yet. */
export const noFlags = (): FpFlags => ({ divide: false, overflow: false, invalid: false });

/** Whether any value of `data` is nan or ±inf. */
export function hasNonFinite(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    if (v - v !== 0) return true;
  }
  return false;
}

/** Whether any value of `data` is nan. */
export function hasNaN(data: Float64Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i] !== data[i]) return true;
  return false;
}

/** The flags one IEEE operation `x op y = r` raises. */
export function flagsOf(
  op: 'add' | 'subtract' | 'multiply' | 'divide',
  x: number,
  y: number,
  r: number,
  f: FpFlags,
) {
  if (r === r && Number.isFinite(r)) return;
  const nanIn = x !== x || y !== y;
  if (r !== r) {
    if (!nanIn) f.invalid = true;
    return;
  }
  // r is ±inf.
  if (op === 'divide' && y === 0 && Number.isFinite(x)) f.divide = true;
  else if (Number.isFinite(x) && Number.isFinite(y)) f.overflow = true;
}

/** Turns raised flags into NumPy's RuntimeWarnings for `ufunc`, in NumPy's order (divide, overflow, invalid). */
export function emitFlags(f: FpFlags, ufunc: string, sink: WarningSink | undefined): void {
  if (!sink) return;
  const raise = (kind: string) => {
    const code = `numpy-${kind}-${ufunc}`;
    if (numpyTextOf(code) === undefined) throw new Error(`no warning ${code} in the table`);
    warn(sink, code as WarningCode);
  };
  if (f.divide) raise('divide');
  if (f.overflow) raise('overflow');
  if (f.invalid) raise('invalid');
}
