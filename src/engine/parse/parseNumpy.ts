import { astype } from '../array';
import { ParseError } from '../errors';
import { shapeText, sizeOf, tensor, type DType, type Tensor } from '../tensor';
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
 * Throws ParseError (1-based line and column) for anything else, including summarised printouts
 * with `...`, and for more than 1,000,000 elements or 10 MB of text.
 */
export function parseNumpy(text: string, dtype?: DType): Tensor {
  if (text.length > PARSE_LIMITS.maxChars) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    throw new ParseError(`the text is ${mb} MB long: the limit is 10 MB`, 1, 1);
  }
  const parsed = parseTree(text);
  const { leaves } = parsed;
  let shape = shapeOf(parsed.root, text, leaves.starts);
  if (parsed.shape) {
    const { dims, start } = parsed.shape;
    const same = dims.length === shape.length && dims.every((d, i) => d === shape[i]);
    if (!same && !(leaves.count === 0 && sizeOf(dims) === 0)) {
      throw parseErrorAt(
        text,
        start,
        `shape=${shapeText(dims)} does not match the values, whose shape is ${shapeText(shape)}`,
      );
    }
    shape = dims;
  }
  let t = tensor(shape, leaves.inferred(), Float64Array.from(leaves.values));
  if (parsed.dtype) t = castAt(t, parsed.dtype.dtype, text, leaves.starts);
  if (dtype) t = castAt(t, dtype, text, leaves.starts);
  return t;
}

/** `astype`, but a value int64 cannot hold is reported where it was written. */
function castAt(t: Tensor, dtype: DType, text: string, starts: readonly number[]): Tensor {
  if (dtype === t.dtype) return t;
  if (dtype === 'int64') {
    const bad = t.data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw parseErrorAt(
        text,
        starts[bad],
        `${t.data[bad]} cannot be converted to int64: only finite numbers can`,
      );
    }
  }
  return astype(t, dtype);
}
