import { formatNumpy, printedElements, type Tensor } from '../../engine';

// Tensors are immutable, so what they print as can be cached on their identity.
const printed = new WeakMap<Tensor, string>();
const words = new WeakMap<Tensor, ReadonlyMap<number, string>>();

/** `str(arr)` of `t` (see `formatNumpy`), computed once per tensor. */
export function numpyTextOf(t: Tensor): string {
  let s = printed.get(t);
  if (s === undefined) {
    s = formatNumpy(t);
    printed.set(t, s);
  }
  return s;
}

/**
 * The text of each element NumPy's print shows (`1.`, `-0.5`, `True`), keyed by flat (row-major)
 * index: every element, or for an array NumPy summarises with `...` only its edge items, which are
 * all the grids draw. The texts are the words of `str(arr)` itself, so precision and notation are the
 * array's common ones, chosen as NumPy chooses them; computed once per tensor.
 */
export function elementTextsOf(t: Tensor): ReadonlyMap<number, string> {
  let w = words.get(t);
  if (w === undefined) {
    const { indices, texts } = printedElements(t);
    w = new Map(indices.map((flat, i) => [flat, texts[i]]));
    words.set(t, w);
  }
  return w;
}
