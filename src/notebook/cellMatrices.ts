import type { CellId } from './cellIds';

/**
 * The input matrices each cell holds, in its definition's order: its seed's values (every preset and every
 * random draw carries exactly these; tests/notebook/cellMatrices.test.ts checks it). A snapshot of a cell
 * carries these and no others (src/share/cellRules.ts). Kept apart from the definitions so that the link
 * worker, which checks what it encodes, does not load every cell's commentary.
 */
export const CELL_MATRICES: Readonly<Record<CellId, readonly string[]>> = {
  relu: ['x', 'dout'],
  sigmoid: ['x', 'dout'],
  affine: ['x', 'W', 'b', 'dout'],
  'batch-affine': ['x', 'W', 'b', 'dout'],
  'softmax-with-loss': ['x', 't'],
  'two-layer-net': ['x', 't'],
};
