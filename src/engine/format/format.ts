import { shapeText, type Tensor } from '../tensor';
import { formatBools } from './boolFormat';
import { shownIndices, shownValues } from './edgeItems';
import { formatFloats } from './floatFormat';
import { formatInts } from './intFormat';
import { layoutArray } from './layout';
import { PRINT_OPTIONS } from './printOptions';
import { formatScalar } from './scalarFormat';

/** The element words of `t` in printing order, each already padded to the array's common width. */
function elementWords(t: Tensor, summarise: boolean): string[] {
  const values = shownValues(t, summarise, PRINT_OPTIONS.edgeItems);
  if (t.dtype === 'bool') return formatBools(values, t.ndim === 0);
  if (t.dtype === 'int64') return formatInts(values);
  return formatFloats(values);
}

/** NumPy's `array2string` for a nonempty array under the default print options, from its element words. */
function arrayText(t: Tensor, words: string[], separator: string, prefix: string, suffix: string): string {
  return layoutArray(t.shape, words, {
    lineWidth: PRINT_OPTIONS.lineWidth - suffix.length,
    prefix,
    separator,
    summarise: t.size > PRINT_OPTIONS.threshold,
    edgeItems: PRINT_OPTIONS.edgeItems,
  });
}

const summarises = (t: Tensor) => t.size > PRINT_OPTIONS.threshold;

/**
 * Exactly NumPy 2's `str(arr)` (what `print(arr)` shows) under the default print options:
 * `[[ 1.  -0.5]\n [-2.   3. ]]`, `[]` for any empty array, the scalar's str for a 0-d array.
 */
export function formatNumpy(t: Tensor): string {
  if (t.ndim === 0) return formatScalar(t.data[0], t.dtype);
  if (t.size === 0) return '[]';
  return arrayText(t, elementWords(t, summarises(t)), ' ', '', '');
}

/** `str(t)`, and the elements it shows, each with its flat (row-major) index, in printing order. */
export interface PrintedElements {
  /** Exactly `formatNumpy(t)`. */
  readonly text: string;
  readonly indices: readonly number[];
  /** Each element's word in the printout, without the padding that lines the columns up. */
  readonly texts: readonly string[];
}

/**
 * `formatNumpy(t)` together with the elements it prints, word for word (`1.`, `-0.5`, `True`,
 * `0.0000e+00`): every element, or for an array it summarises only the edge items, whose common notation
 * and precision NumPy picks from those items together. A 0-d array gives its scalar text. The elements are
 * formatted once for both, so a view showing the printout and a grid of the values pays for one.
 */
export function printedElements(t: Tensor): PrintedElements {
  if (t.ndim === 0) {
    const text = formatScalar(t.data[0], t.dtype);
    return { text, indices: [0], texts: [text] };
  }
  if (t.size === 0) return { text: '[]', indices: [], texts: [] };
  const summarise = summarises(t);
  const words = elementWords(t, summarise);
  return {
    text: arrayText(t, words, ' ', '', ''),
    indices: shownIndices(t, summarise, PRINT_OPTIONS.edgeItems),
    texts: words.map((w) => w.trim()),
  };
}

/**
 * Exactly NumPy 2's `repr(arr)`: `array([[1, 2],\n       [3, 4]])`, `array(3.)` for 0-d, and
 * `shape=`/`dtype=` appended where NumPy adds them (empty arrays, and shape for summarised ones).
 */
export function reprNumpy(t: Tensor): string {
  const prefix = 'array(';
  const body = t.size === 0 ? '[]' : arrayText(t, elementWords(t, summarises(t)), ', ', prefix, ')');
  const extras: string[] = [];
  const emptyNot1d = t.size === 0 && !(t.ndim === 1 && t.shape[0] === 0);
  if (emptyNot1d || summarises(t)) extras.push(`shape=${shapeText(t.shape)}`);
  // float64, int64 and bool are implied by how their values print, except when there are no values.
  if (t.size === 0) extras.push(`dtype=${t.dtype}`);
  if (extras.length === 0) return `${prefix}${body})`;
  const head = `${prefix}${body},`;
  const tail = `${extras.join(', ')})`;
  const lastLineLength = head.length - (head.lastIndexOf('\n') + 1);
  const spacer =
    lastLineLength + tail.length + 1 > PRINT_OPTIONS.lineWidth ? '\n' + ' '.repeat(prefix.length) : ' ';
  return head + spacer + tail;
}
