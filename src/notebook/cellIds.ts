/**
 * The notebook's cells, in the seed's order; the two-layer net is the seed's closing section (誤差逆伝播の実装).
 * Their ids are a public contract (`data-cell`, share links).
 */
export const CELL_IDS = [
  'relu',
  'sigmoid',
  'affine',
  'batch-affine',
  'softmax-with-loss',
  'two-layer-net',
] as const;

/** One cell of the notebook. */
export type CellId = (typeof CELL_IDS)[number];

/** Whether `s` names a cell. */
export function isCellId(s: string): s is CellId {
  return (CELL_IDS as readonly string[]).includes(s);
}
