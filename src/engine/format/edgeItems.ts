import { stridesOf, type Tensor } from '../tensor';

/** Whether an axis of length `n` is cut to its `edgeItems` first and last entries when summarising. */
export function isCut(n: number, edgeItems: number): boolean {
  return n > 2 * edgeItems;
}

/**
 * The flat (row-major) indices of the elements NumPy shows, in printing order: all of them, or when
 * summarising only the corners kept by cutting every long axis to `edgeItems` at each end.
 */
export function shownIndices(t: Tensor, summarise: boolean, edgeItems: number): number[] {
  if (!summarise) return Array.from({ length: t.size }, (_, i) => i);
  const strides = stridesOf(t.shape);
  const out: number[] = [];
  const walk = (axis: number, offset: number): void => {
    if (axis === t.ndim) {
      out.push(offset);
      return;
    }
    const n = t.shape[axis];
    const step = strides[axis];
    const cut = isCut(n, edgeItems);
    for (let i = 0; i < n; i++) {
      if (cut && i === edgeItems) i = n - edgeItems;
      walk(axis + 1, offset + i * step);
    }
  };
  walk(0, 0);
  return out;
}

/** The values of the elements NumPy shows (see `shownIndices`); the element formats are sized from these alone. */
export function shownValues(t: Tensor, summarise: boolean, edgeItems: number): number[] {
  return shownIndices(t, summarise, edgeItems).map((i) => t.data[i]);
}
