import type { Tensor } from '../tensor';
import { sizeOf } from '../tensor';
import { broadcastOffsets, broadcastShapes } from './shapes';
import { asOperand, dataOfOperand, shapeOfOperand, type Operand, type PyScalar } from './operand';

/** Operands of an element-wise op, broadcast to one shape and laid out element by element. */
export interface Aligned {
  readonly shape: number[];
  readonly size: number;
  readonly operands: (Tensor | PyScalar)[];
  /** Each operand's values, one per output element (the operand's own array when no broadcast was needed). */
  readonly values: Float64Array[];
}

/** Broadcasts `operands` together (NumPy's rules and error for `op`) and expands their values. */
export function align(op: string, ...raw: Operand[]): Aligned {
  const operands = raw.map(asOperand);
  const shapes = operands.map(shapeOfOperand);
  const shape = broadcastShapes(shapes, op);
  const size = sizeOf(shape);
  const values = operands.map((x, i) => expand(dataOfOperand(x), shapes[i], shape, size));
  return { shape, size, operands, values };
}

function expand(
  data: Float64Array,
  shape: readonly number[],
  outShape: number[],
  size: number,
): Float64Array {
  if (data.length === 1 && size !== 1) return new Float64Array(size).fill(data[0]);
  const offsets = broadcastOffsets(shape, outShape);
  if (!offsets) return data;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = data[offsets[i]];
  return out;
}
