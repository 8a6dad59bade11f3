import type { DType } from '../tensor';

/**
 * The words parseNumpy understands: number constants, dtype names and the few callables a learner
 * pastes (`np.array`, `range`, `np.float64(0.5)` …). `numpy.` is read as `np.`.
 */

/** How a leaf value was written; decides the inferred dtype as np.array does. */
export type LeafKind = 'int' | 'float' | 'bool';

export type Word =
  | { readonly kind: 'constant'; readonly value: number; readonly leaf: LeafKind }
  | { readonly kind: 'array' | 'range' | 'arange' | 'list' }
  | { readonly kind: 'scalar'; readonly dtype: DType }
  | { readonly kind: 'none' };

/** A dtype name resolved: one of ours, or a NumPy dtype the engine cannot hold. */
export type DTypeLookup = { readonly dtype: DType } | { readonly unsupported: string } | null;

const CONSTANTS: Record<string, Word> = {
  True: { kind: 'constant', value: 1, leaf: 'bool' },
  False: { kind: 'constant', value: 0, leaf: 'bool' },
  true: { kind: 'constant', value: 1, leaf: 'bool' },
  false: { kind: 'constant', value: 0, leaf: 'bool' },
  'np.True_': { kind: 'constant', value: 1, leaf: 'bool' },
  'np.False_': { kind: 'constant', value: 0, leaf: 'bool' },
  nan: { kind: 'constant', value: NaN, leaf: 'float' },
  NaN: { kind: 'constant', value: NaN, leaf: 'float' },
  'np.nan': { kind: 'constant', value: NaN, leaf: 'float' },
  inf: { kind: 'constant', value: Infinity, leaf: 'float' },
  Infinity: { kind: 'constant', value: Infinity, leaf: 'float' },
  'np.inf': { kind: 'constant', value: Infinity, leaf: 'float' },
  None: { kind: 'none' },
  null: { kind: 'none' },
  undefined: { kind: 'none' },
  array: { kind: 'array' },
  'np.array': { kind: 'array' },
  'np.asarray': { kind: 'array' },
  range: { kind: 'range' },
  list: { kind: 'list' },
  tuple: { kind: 'list' },
  'np.arange': { kind: 'arange' },
};

// Narrower widths are widened: the engine computes in float64, int64 and bool only, and the printed
// digits of a float32/int32 array are exactly representable in the wider type.
const FLOAT = ['float64', 'float32', 'float16', 'double', 'single', 'half', 'longdouble', 'float_'];
const INT = ['int64', 'int32', 'int16', 'int8', 'uint64', 'uint32', 'uint16', 'uint8', 'int_', 'intp'];
const INT_MORE = ['uintp', 'long', 'longlong', 'ulong', 'ulonglong', 'short', 'ushort', 'intc', 'uintc'];
const BOOL = ['bool', 'bool_'];
const CODES: Record<string, DType> = {
  float: 'float64',
  int: 'int64',
  f8: 'float64',
  f4: 'float64',
  f2: 'float64',
  d: 'float64',
  f: 'float64',
  i8: 'int64',
  i4: 'int64',
  i2: 'int64',
  i1: 'int64',
  u8: 'int64',
  u4: 'int64',
  u2: 'int64',
  u1: 'int64',
  '?': 'bool',
  b1: 'bool',
};
const DTYPES: Record<string, DType> = { ...CODES };
for (const n of FLOAT) DTYPES[n] = 'float64';
for (const n of [...INT, ...INT_MORE]) DTYPES[n] = 'int64';
for (const n of BOOL) DTYPES[n] = 'bool';

const UNSUPPORTED =
  /^(complex\d*|clongdouble|csingle|cdouble|object_?|str_?|bytes_?|void|(datetime|timedelta)64.*|[cOG]|c\d+|[USVa]\d*|[Mm]8.*)$/;

/** `numpy.array` → `np.array`, so both spellings share one table. */
function canonical(name: string): string {
  return name.startsWith('numpy.') ? `np.${name.slice(6)}` : name;
}

/** What a bare or dotted name means, or undefined if it is not one parseNumpy knows. */
export function lookupWord(name: string): Word | undefined {
  const key = canonical(name);
  if (Object.hasOwn(CONSTANTS, key)) return CONSTANTS[key];
  const bare = key.startsWith('np.') ? key.slice(3) : key;
  // Scalar constructors: np.float64(0.5), np.int64(3), float(2), but not the string codes.
  if (Object.hasOwn(DTYPES, bare) && !Object.hasOwn(CODES, bare)) {
    return { kind: 'scalar', dtype: DTYPES[bare] };
  }
  if (key === 'float' || key === 'int') return { kind: 'scalar', dtype: DTYPES[key] };
  return undefined;
}

/**
 * A dtype as written after `dtype=`: a name (`int64`, `np.float32`, `float`) or a string's content
 * (`'float64'`, `'<f8'`, `'?'`). Byte-order marks are ignored.
 */
export function lookupDtype(written: string): DTypeLookup {
  const key = canonical(written);
  const bare = (key.startsWith('np.') ? key.slice(3) : key).replace(/^[<>=|]/, '');
  if (Object.hasOwn(DTYPES, bare)) return { dtype: DTYPES[bare] };
  if (UNSUPPORTED.test(bare)) return { unsupported: written };
  return null;
}
