import { tensor, type Tensor } from '../tensor';
import { align } from './elementwise';
import { promote, type Operand } from './operand';

/**
 * `np.where(cond, a, b)`: a's value where cond is truthy (non-zero, nan included), else b's; all three
 * broadcast together and the dtype is a and b promoted.
 */
export function where(cond: Operand, a: Operand, b: Operand): Tensor {
  const { shape, size, operands, values } = align('np.where', cond, a, b);
  const [C, A, B] = values;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = C[i] !== 0 ? A[i] : B[i];
  return tensor(shape, promote(operands[1], operands[2]), out);
}
