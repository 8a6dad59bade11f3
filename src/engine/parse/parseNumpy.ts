import { astype } from '../array';
import { shapeText, sizeOf, tensor, type DType, type Tensor } from '../tensor';
import { issue } from './issues';
import { parseTree } from './parser';
import { parseErrorAt } from './position';
import { shapeOf } from './shape';
import { PARSE_LIMITS } from './tree';

/**
 * Reads an array a learner pasted, as `np.array(...)` would build it:
 * - NumPy's str() printout (`[[ 1.  -0.5]\n [-2.   3. ]]`), its repr (`array([...], dtype=int64)`),
 *   `np.array(...)` / `numpy.array(...)`, Python or JS lists and tuples, `range(...)`, `np.arange(...)`,
 *   and bare scalars (`3`, `-2.5`, `np.float64(0.5)`);
 * - a spreadsheet paste without brackets: one line gives a 1-D array, several lines a 2-D array
 *   (rows by line, columns by tabs, commas or spaces); a single number gives a 0-d array.
 * A leading `>>>` or `In [n]:` prompt and a `x = ` assignment are skipped. The dtype is inferred as
 * np.array infers it; `dtype=` in the text, then the `dtype` argument, cast as `astype` does.
 * float32/int32 and other narrower dtypes are widened to float64/int64.
 * Throws ParseError (`{ code, params }` and where) for anything else, including summarised printouts
 * with `...`, full-width characters, integers a float64 cannot hold exactly (at or past 2**53), and past
 * PARSE_LIMITS (65,536 elements, 4,096 along a dimension, 2 MiB of text; the length is checked first).
 */
export function parseNumpy(text: string, dtype?: DType): Tensor {
  if (text.length > PARSE_LIMITS.maxChars) {
    throw parseErrorAt('', 0, issue('textTooLong', { length: text.length, limit: PARSE_LIMITS.maxChars }));
  }
  const parsed = parseTree(text);
  const { leaves } = parsed;
  let shape = shapeOf(parsed.root, text, leaves.starts);
  if (parsed.shape) {
    const { dims, start } = parsed.shape;
    const same = dims.length === shape.length && dims.every((d, i) => d === shape[i]);
    if (!same && !(leaves.count === 0 && sizeOf(dims) === 0)) {
      const params = { given: shapeText(dims), actual: shapeText(shape) };
      throw parseErrorAt(text, start, issue('shapeMismatch', params));
    }
    const long = dims.find((d) => d > PARSE_LIMITS.maxDimLength);
    if (long !== undefined) {
      throw parseErrorAt(
        text,
        start,
        issue('dimTooLong', { length: long, limit: PARSE_LIMITS.maxDimLength }),
      );
    }
    shape = dims;
  }
  let t = tensor(shape, leaves.inferred(), Float64Array.from(leaves.values));
  if (parsed.dtype) t = castAt(t, parsed.dtype.dtype, text, leaves.starts);
  if (dtype) t = castAt(t, dtype, text, leaves.starts);
  return t;
}

const EXACT_LIMIT = 2 ** 53;
const INT64_LIMIT = 2 ** 63;

/**
 * `astype`, but a value int64 cannot hold is reported where it was written: NaN and inf; a float past
 * int64 (NumPy's own OverflowError); one at or past 2**53, which NumPy's int64 holds but a float64 number
 * cannot hold exactly once it is computed with (2**53 + 1 would read as 2**53).
 */
function castAt(t: Tensor, dtype: DType, text: string, starts: readonly number[]): Tensor {
  if (dtype === t.dtype) return t;
  if (dtype === 'int64') {
    for (let i = 0; i < t.size; i++) {
      const v = t.data[i];
      if (!Number.isFinite(v)) {
        throw parseErrorAt(text, starts[i], issue('nonFiniteToInt', { value: String(v) }));
      }
      const whole = Math.abs(Math.trunc(v));
      if (whole >= INT64_LIMIT && !(v < 0 && whole === INT64_LIMIT)) {
        throw parseErrorAt(text, starts[i], issue('int64Overflow', { value: String(v) }));
      }
      if (whole >= EXACT_LIMIT) {
        const spelling = BigInt(Math.trunc(v)).toString();
        throw parseErrorAt(text, starts[i], issue('intBeyondExact', { spelling }));
      }
    }
  }
  return astype(t, dtype);
}
