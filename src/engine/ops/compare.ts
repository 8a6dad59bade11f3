import { tensor, type Tensor } from '../tensor';
import { align } from './elementwise';
import type { Operand } from './operand';

type Test = (x: number, y: number) => boolean;

function compare(name: string, test: Test, a: Operand, b: Operand): Tensor {
  const { shape, size, values } = align(name, a, b);
  const [A, B] = values;
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = test(A[i], B[i]) ? 1 : 0;
  return tensor(shape, 'bool', out);
}

/** `a <= b` (np.less_equal) as a bool tensor; anything compared with nan is False. */
export const lessEqual = (a: Operand, b: Operand): Tensor => compare('np.less_equal', (x, y) => x <= y, a, b);

/** `a < b` (np.less). */
export const less = (a: Operand, b: Operand): Tensor => compare('np.less', (x, y) => x < y, a, b);

/** `a > b` (np.greater). */
export const greater = (a: Operand, b: Operand): Tensor => compare('np.greater', (x, y) => x > y, a, b);

/** `a >= b` (np.greater_equal). */
export const greaterEqual = (a: Operand, b: Operand): Tensor =>
  compare('np.greater_equal', (x, y) => x >= y, a, b);

/** `a == b` (np.equal); nan == nan is False. */
export const equal = (a: Operand, b: Operand): Tensor => compare('np.equal', (x, y) => x === y, a, b);
