import { printedElements, type PrintedElements, type Tensor } from '../../engine';

// Tensors are immutable, so what they print as can be cached on their identity. A matrix shows both its
// printout (data-numpy, print()) and its elements' words (the grid): one formatting serves the two.
const printed = new WeakMap<Tensor, PrintedElements>();
const words = new WeakMap<Tensor, ReadonlyMap<number, string>>();

function printedOf(t: Tensor): PrintedElements {
  let p = printed.get(t);
  if (p === undefined) {
    p = printedElements(t);
    printed.set(t, p);
  }
  return p;
}

/** `str(arr)` of `t` (see `formatNumpy`), computed once per tensor. */
export function numpyTextOf(t: Tensor): string {
  return printedOf(t).text;
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
    const { indices, texts } = printedOf(t);
    w = new Map(indices.map((flat, i) => [flat, texts[i]]));
    words.set(t, w);
  }
  return w;
}
