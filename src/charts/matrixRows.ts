import type { Tensor } from '../engine';
import { pick } from '../i18n/bilingual';
import type { Lang } from '../i18n/lang';

/** A tensor seen as a grid of rows: what the bar charts draw. */
export interface RowView {
  readonly rows: number;
  readonly cols: number;
  /** The value at row `i`, column `j`. */
  readonly at: (i: number, j: number) => number;
}

/**
 * Views `t` as rows × columns: a 0-d tensor is 1 × 1, a vector is one row, a matrix is itself and
 * higher ranks keep the first axis as rows and flatten the rest (as Affine's `x.reshape(N, -1)`).
 */
export function rowsOf(t: Tensor): RowView {
  const rows = t.ndim <= 1 ? 1 : t.shape[0];
  const cols = rows === 0 ? 0 : t.size / rows;
  return { rows, cols, at: (i, j) => t.data[i * cols + j] };
}

/** `t` seen as `np.sum(t, axis=0)` sees it: axis 0 as rows, everything after it flattened as columns. */
export function axis0Rows(t: Tensor): RowView {
  const rows = t.ndim === 0 ? 1 : t.shape[0];
  const cols = rows === 0 ? 0 : t.size / rows;
  return { rows, cols, at: (i, j) => t.data[i * cols + j] };
}

/** The value of `b` that NumPy broadcasting adds at flat position `k` of an array of `shape`. */
export function broadcastAt(b: Tensor, shape: readonly number[], k: number): number {
  let offset = 0;
  let stride = 1;
  let rest = k;
  const extra = shape.length - b.ndim;
  // Walk the axes from the last: each index of `shape` maps to b's index, or 0 where b has length 1.
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const index = rest % shape[axis];
    rest = Math.floor(rest / shape[axis]);
    const bAxis = axis - extra;
    if (bAxis < 0) break;
    const len = b.shape[bAxis];
    if (len !== 1) offset += index * stride;
    stride *= len;
  }
  return b.data[offset];
}

/** NumPy's spelling of the index of flat position `k` in an array of `shape`: `[1, 0]`, `[3]`, `[]`. */
export function flatIndexLabel(shape: readonly number[], k: number): string {
  const index = new Array<number>(shape.length);
  let rest = k;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    index[axis] = rest % shape[axis];
    rest = Math.floor(rest / shape[axis]);
  }
  return `[${index.join(', ')}]`;
}

/** Flat positions to draw as points: all of them, or an even sample of `max` when there are more. */
export function pointSample(size: number, max: number): number[] {
  const n = Math.min(size, max);
  const picks = new Array<number>(n);
  for (let i = 0; i < n; i++) picks[i] = Math.floor((i * size) / n);
  return picks;
}

/** "first i of n rows" when a chart shows only the first `shown` of `total` items, else "". */
export function shownNote(shown: number, total: number, what: 'rows' | 'columns', lang: Lang = 'en'): string {
  if (shown >= total) return '';
  const unit = what === 'rows' ? '行' : '列';
  return pick(
    { ja: `${total} ${unit}のうち先頭 ${shown} ${unit}`, en: `first ${shown} of ${total} ${what}` },
    lang,
  );
}
