import type { EngineWarning } from './errors';

/**
 * Every warning the engine (or the notebook, through `warning()`) can raise, in one table.
 *
 * Two families. `numpy-*` entries are NumPy's own RuntimeWarnings: `numpy` is the exact text NumPy prints
 * after `RuntimeWarning: `, so a fixture's recorded warnings map onto codes one to one. Every other entry
 * names something NumPy does silently that a learner of chapter 5 would likely not expect, including the
 * seed notebook's own slips. Codes are stable: the notebook keys its explanations on them.
 */
interface Entry {
  readonly numpy?: string;
  readonly text: (p: never) => string;
}

const OVERFLOW = 'the exact result is larger than the biggest float64 (about 1.8e308), so it became ±inf';
const INVALID = 'an undefined operation (inf - inf, 0 * inf, 0/0, log of a negative number) produced nan';

type Shape = readonly number[];
const tuple = (s: Shape): string => (s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`);

export const WARNING_TABLE = {
  // ---- NumPy's RuntimeWarnings -------------------------------------------------------------------
  'numpy-overflow-exp': {
    numpy: 'overflow encountered in exp',
    text: () =>
      'np.exp overflowed: exp(x) is above the largest float64 once x > 709.78, so it became inf. ' +
      'In sigmoid this is harmless: 1 / (1 + inf) is 0, the right limit.',
  },
  'numpy-divide-log': {
    numpy: 'divide by zero encountered in log',
    text: () => 'np.log(0) is -inf; NumPy calls this a division by zero and carries on.',
  },
  'numpy-invalid-log': {
    numpy: 'invalid value encountered in log',
    text: () => 'np.log of a negative number (or of -inf) is nan.',
  },
  'numpy-overflow-add': { numpy: 'overflow encountered in add', text: () => `In +, ${OVERFLOW}.` },
  'numpy-invalid-add': { numpy: 'invalid value encountered in add', text: () => `In +, ${INVALID}.` },
  'numpy-overflow-subtract': {
    numpy: 'overflow encountered in subtract',
    text: () => `In -, ${OVERFLOW}.`,
  },
  'numpy-invalid-subtract': {
    numpy: 'invalid value encountered in subtract',
    text: () => `In -, ${INVALID} (inf - inf: an input holds an infinity).`,
  },
  'numpy-overflow-multiply': {
    numpy: 'overflow encountered in multiply',
    text: () => `In *, ${OVERFLOW}.`,
  },
  'numpy-invalid-multiply': {
    numpy: 'invalid value encountered in multiply',
    text: () => `In *, ${INVALID} (0 * inf).`,
  },
  'numpy-divide-divide': {
    numpy: 'divide by zero encountered in divide',
    text: () => 'A non-zero number was divided by 0, giving ±inf.',
  },
  'numpy-overflow-divide': { numpy: 'overflow encountered in divide', text: () => `In /, ${OVERFLOW}.` },
  'numpy-invalid-divide': {
    numpy: 'invalid value encountered in divide',
    text: () => `In /, ${INVALID} (0/0 or inf/inf).`,
  },
  'numpy-divide-scalar-divide': {
    numpy: 'divide by zero encountered in scalar divide',
    text: () => 'A scalar was divided by 0 (an empty batch?), giving ±inf.',
  },
  'numpy-invalid-scalar-divide': {
    numpy: 'invalid value encountered in scalar divide',
    text: () => 'A scalar 0 was divided by 0 (an empty batch?), giving nan.',
  },
  'numpy-overflow-dot': {
    numpy: 'overflow encountered in dot',
    text: () => `In np.dot, ${OVERFLOW}.`,
  },
  'numpy-invalid-dot': {
    numpy: 'invalid value encountered in dot',
    text: () => `In np.dot, ${INVALID}.`,
  },
  'numpy-overflow-reduce': {
    numpy: 'overflow encountered in reduce',
    text: () => `In np.sum, ${OVERFLOW}.`,
  },
  'numpy-invalid-reduce': {
    numpy: 'invalid value encountered in reduce',
    text: () => `In np.sum, ${INVALID} (inf + -inf).`,
  },

  // ---- Silent NumPy behaviour in general -------------------------------------------------------
  'nan-propagates': {
    text: (p: { name: string }) =>
      `${p.name} contains nan. nan never compares true (nan <= 0 is False) and any arithmetic with it ` +
      'gives nan, so it flows silently into the results.',
  },
  'int64-precision': {
    text: () =>
      'An int64 value here is beyond ±2**53 (9007199254740992). This engine keeps numbers as float64, ' +
      'which cannot hold every integer that large exactly; NumPy keeps exact int64 up to ±2**63 and then ' +
      'silently wraps around.',
  },
  'bool-arithmetic': {
    text: (p: { op: string }) =>
      `${p.op} on two bool arrays stays bool: + is logical or, * is logical and, and np.dot is ` +
      '"any(a and b)", not a count.',
  },
  'float16-result': {
    text: (p: { op: string }) =>
      `${p.op} of a bool array gives float16 in NumPy (e.g. exp(True) = 2.719, not 2.718281828459045); ` +
      'the values here are rounded to float16 but shown as float64.',
  },

  // ---- ReLU --------------------------------------------------------------------------------------
  'relu-inplace-dout': {
    text: (p: { count: number }) =>
      `The book's Relu.backward writes into dout itself (dout[self.mask] = 0) and returns that same array, ` +
      `so the caller's array changes: here ${p.count} of its values would be overwritten with 0. ` +
      'This engine returns a new dx and leaves dout untouched.',
  },
  'relu-mask-meaning': {
    text: () =>
      'mask = (x <= 0) is True where ReLU zeroes the value (x is 0 or negative), not where x is 0 or more.',
  },
  'relu-int-input': {
    text: () =>
      'x is an int64 array (like np.array(range(10))), so ReLU keeps it integer: out = x.copy() keeps ' +
      "x's dtype, and out[mask] = 0 writes an integer 0.",
  },
  'relu-bool-input': {
    text: () =>
      'x is a bool array: x <= 0 is True exactly where x is False, so mask = ~x and out equals x, still bool.',
  },
  'relu-mask-partial': {
    text: (p: { mask: Shape; dout: Shape }) =>
      `mask has shape ${tuple(p.mask)} but dout has ${tuple(p.dout)}: dout[mask] = 0 applies the mask to ` +
      'the leading axes only, zeroing whole rows (or blocks) of dout.',
  },
  'relu-mask-not-bool': {
    text: (p: { dtype: string }) =>
      `mask is ${p.dtype}, not bool: dout[mask] = 0 reads its values as row numbers (integer fancy ` +
      'indexing), not as a True/False mask.',
  },

  // ---- dout choices made by the seed (raised by the notebook, not by the layers) -------------------
  'dout-is-x': {
    text: (p: { layer: string }) =>
      `The seed calls ${p.layer}.backward(x): the input x is passed as dout, so dx is x pushed back ` +
      'through the layer, not the gradient of anything. Use dout = ones to see the local gradient.' +
      (p.layer === 'relu' ? ' And since Relu.backward works in place, the seed also zeroes x itself.' : ''),
  },
  'softmax-dout-ignored': {
    text: () =>
      "The book's SoftmaxWithLoss.backward(dout=1) never uses dout: dx assumes the loss is the last " +
      'node, whatever dout is passed.',
  },

  // ---- Affine ------------------------------------------------------------------------------------
  'affine-1d-x': {
    text: (p: { n: number }) =>
      `x has shape (${p.n},). The book's x.reshape(x.shape[0], -1) turns it into (${p.n}, 1): ${p.n} ` +
      `samples of one feature each, not one sample of ${p.n} features. For one sample use shape (1, ${p.n}).`,
  },
  'affine-w-1d': {
    text: (p: { w: Shape; out: Shape }) =>
      `W has shape ${tuple(p.w)}, a 1-D vector, so np.dot(x, W) sums each row of x against it and the ` +
      `output is 1-D, shape ${tuple(p.out)}, not a matrix. The seed's Affine(X, B) passes the input ` +
      'vector X where W belongs (the W made just before is never used).',
  },
  'affine-w-scalar': {
    text: () => 'W is a scalar (0-d), so np.dot(x, W) just multiplies every element of x by it.',
  },
  'affine-bias-broadcast': {
    text: (p: { b: Shape; out: Shape }) =>
      `b has shape ${tuple(p.b)} while np.dot(x, W) has shape ${tuple(p.out)}; NumPy broadcast b ` +
      'silently instead of adding one bias per output column.',
  },
  'affine-int': {
    text: () =>
      'x, W and b are all integers, so out is int64 (as in the seed X_dot_W + B example): nothing is ' +
      'converted to float.',
  },

  // ---- Softmax-with-Loss -------------------------------------------------------------------------
  'softmax-t-shape-mismatch': {
    text: (p: { t: Shape; y: Shape; rows: number; picked: number; divisor: number | null }) =>
      `t has shape ${tuple(p.t)} but y has shape ${tuple(p.y)}. Their sizes differ, so the book's code ` +
      `takes t as class labels, and NumPy broadcasts np.arange(${p.rows}) against t: the loss adds up ` +
      `${p.picked} picked values and divides by ${p.rows} row${p.rows === 1 ? '' : 's'}, while backward ` +
      (p.divisor === null
        ? 'fails, as t has no axis 0 to take batch_size from. '
        : `divides the gradient by t.shape[0] = ${p.divisor}. `) +
      `You probably meant a one-hot t of shape ${tuple(p.y)} or labels of shape (${p.rows},).`,
  },
  'softmax-t-reshaped': {
    text: (p: { t: Shape; y: Shape }) =>
      `t has shape ${tuple(p.t)} and y has ${tuple(p.y)}: same size, so t is read as one-hot and ` +
      "reduced with t.argmax(axis=1) as it stands, though its rows do not line up with y's.",
  },
  'softmax-t-not-one-hot': {
    text: (p: { rows: number }) =>
      `t is read as one-hot (it has y's size), but ${p.rows} of its rows are not a single 1 among 0s. ` +
      "The loss keeps only the position of each row's largest value (argmax), while backward uses " +
      'y - t with all of t.',
  },
  'softmax-t-bool': {
    text: () =>
      't is bool and not one-hot, so y[np.arange(N), t] uses it as a boolean mask over the classes, ' +
      'not as labels.',
  },
  'softmax-1d-batch': {
    text: (p: { divisor: number }) =>
      `y is 1-D (one sample), but backward takes batch_size = t.shape[0] = ${p.divisor}, so the ` +
      `gradient is divided by ${p.divisor} instead of 1.`,
  },
  'softmax-1d-labels': {
    text: () =>
      'y is 1-D and t is a label: forward works (it reshapes both to one row), but backward indexes the ' +
      '1-D dx with two index arrays, dx[np.arange(batch_size), t], and NumPy refuses.',
  },
  'softmax-nd-global': {
    text: (p: { ndim: number }) =>
      `x is ${p.ndim}-D: the book's softmax handles rows only for 2-D x; otherwise it subtracts the ` +
      'overall max and divides by the sum of every element, so probabilities sum to 1 over the whole array.',
  },
  'label-negative': {
    text: () => 'A label is negative: NumPy counts it from the end, so -1 means the last class.',
  },
  'fancy-index-repeated': {
    text: (p: { count: number }) =>
      `dx[np.arange(batch_size), t] -= 1 hits the same element more than once (${p.count} repeats) but ` +
      'subtracts 1 only once: fancy-index -= reads, subtracts and writes back, it does not accumulate ' +
      '(np.subtract.at would).',
  },
  'cross-entropy-epsilon': {
    text: () =>
      'A probability at a correct label is below 1e-7, so the 1e-7 added inside np.log dominates: ' +
      'that sample adds about -log(1e-7) = 16.118 to the loss instead of a larger (or infinite) value.',
  },
} satisfies Record<string, Entry>;

/** A stable warning code. */
export type WarningCode = keyof typeof WARNING_TABLE;

type Params<C extends WarningCode> = Parameters<(typeof WARNING_TABLE)[C]['text']>;

/** Where engine operations put their warnings: a plain array, each code at most once. */
export type WarningSink = EngineWarning[];

/** The warning `code` with its message filled in from `params`. */
export function warning<C extends WarningCode>(code: C, ...params: Params<C>): EngineWarning {
  const text = WARNING_TABLE[code].text as (...p: Params<C>) => string;
  return { code, message: text(...params) };
}

/** Adds the warning `code` to `sink` unless it is already there (or there is no sink). */
export function warn<C extends WarningCode>(
  sink: WarningSink | undefined,
  code: C,
  ...params: Params<C>
): void {
  if (!sink || sink.some((w) => w.code === code)) return;
  sink.push(warning(code, ...params));
}

/** The code of NumPy's RuntimeWarning with this text (e.g. 'overflow encountered in exp'), if any. */
export function codeOfNumpyWarning(numpyText: string): WarningCode | undefined {
  for (const [code, entry] of Object.entries(WARNING_TABLE) as [WarningCode, Entry][]) {
    if (entry.numpy === numpyText) return code;
  }
  return undefined;
}

/** NumPy's RuntimeWarning text for `code`, or undefined when the code is the engine's own. */
export function numpyTextOf(code: string): string | undefined {
  return (WARNING_TABLE as Record<string, Entry>)[code]?.numpy;
}
