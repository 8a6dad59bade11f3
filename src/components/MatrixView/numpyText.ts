import { formatNumpy, formatScalar, tensor, type Tensor } from '../../engine';

// Tensors are immutable, so what they print as can be cached on their identity.
const printed = new WeakMap<Tensor, string>();
const words = new WeakMap<Tensor, readonly string[]>();

/** `str(arr)` of `t` (see `formatNumpy`), computed once per tensor. */
export function numpyTextOf(t: Tensor): string {
  let s = printed.get(t);
  if (s === undefined) {
    s = formatNumpy(t);
    printed.set(t, s);
  }
  return s;
}

/** The element words of NumPy's printed text in row-major order (brackets and padding dropped). */
function tokens(text: string): string[] {
  return text
    .replace(/[[\]]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/**
 * Each element of `t` as NumPy prints it inside the array (`1.`, `-0.5`, `True`), row-major.
 * Taken from `str(arr)` itself, so precision and notation are the array's common ones. Arrays NumPy
 * summarises with `...` are printed a row at a time instead, so every element still has its text.
 */
export function elementTextsOf(t: Tensor): readonly string[] {
  let w = words.get(t);
  if (w === undefined) {
    w = computeTexts(t);
    words.set(t, w);
  }
  return w;
}

// Row texts of summarised arrays, by dtype and values: an edit changes one row of a big matrix (and
// usually one row of each elementwise output), so the other rows are found here instead of reformatted.
const rowCache = new Map<string, readonly string[]>();
const ROW_CACHE_LIMIT = 4096;

function rowTexts(dtype: Tensor['dtype'], values: Float64Array): readonly string[] {
  const key = `${dtype}:${values.join(',')}`;
  let texts = rowCache.get(key);
  if (texts === undefined) {
    const row = tensor([values.length], dtype, values.slice());
    const rowWords = tokens(formatNumpy(row));
    texts = rowWords.length === values.length ? rowWords : Array.from(values, (x) => formatScalar(x, dtype));
    if (rowCache.size >= ROW_CACHE_LIMIT) rowCache.clear();
    rowCache.set(key, texts);
  }
  return texts;
}

function computeTexts(t: Tensor): readonly string[] {
  const whole = tokens(numpyTextOf(t));
  if (whole.length === t.size) return whole;
  const cols = t.ndim === 0 ? 1 : t.shape[t.ndim - 1];
  const out: string[] = [];
  for (let start = 0; start < t.size; start += cols) {
    for (const w of rowTexts(t.dtype, t.data.subarray(start, start + cols))) out.push(w);
  }
  return out;
}
