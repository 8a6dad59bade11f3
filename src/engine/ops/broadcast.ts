import { NumpyError } from '../errors';
import { tensor, type DType, type Tensor } from '../tensor';
import { warn, type WarningSink } from '../warnings';
import { align } from './elementwise';
import { emitFlags, flagsOf, hasNonFinite, noFlags } from './fpflags';
import { checkInt64 } from './intcheck';
import { dtypeOf, isTensor, promote, type Operand } from './operand';

type Arith = 'add' | 'subtract' | 'multiply' | 'divide';
const SYMBOL: Record<Arith, string> = { add: '+', subtract: '-', multiply: '*', divide: '/' };

/**
 * One NumPy arithmetic ufunc on two operands: broadcasting, NEP 50 dtype promotion, bool rules
 * (`+` is or, `*` is and, `-` is refused), true division to float64, and NumPy's RuntimeWarnings.
 */
function arithmetic(op: Arith, a0: Operand, b0: Operand, sink: WarningSink | undefined): Tensor {
  const { shape, size, operands, values } = align(`np.${op}`, a0, b0);
  const [a, b] = operands;
  const bothBool = dtypeOf(a) === 'bool' && dtypeOf(b) === 'bool';
  if (op === 'subtract' && bothBool) {
    throw new NumpyError(
      'TypeError',
      'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.',
      'np.subtract',
    );
  }
  const dtype: DType = op === 'divide' ? 'float64' : promote(a, b);
  const [A, B] = values;
  const out = new Float64Array(size);
  switch (op) {
    case 'add':
      for (let i = 0; i < size; i++) out[i] = A[i] + B[i];
      if (dtype === 'bool') for (let i = 0; i < size; i++) out[i] = out[i] > 0 ? 1 : 0;
      break;
    case 'subtract':
      for (let i = 0; i < size; i++) out[i] = A[i] - B[i];
      break;
    case 'multiply':
      for (let i = 0; i < size; i++) out[i] = A[i] * B[i];
      break;
    case 'divide':
      for (let i = 0; i < size; i++) out[i] = A[i] / B[i];
      break;
  }
  if (sink) {
    if (dtype === 'float64' && hasNonFinite(out)) {
      const f = noFlags();
      for (let i = 0; i < size; i++) flagsOf(op, A[i], B[i], out[i], f);
      emitFlags(f, op, sink);
    }
    if (bothBool && isTensor(a) && isTensor(b) && op !== 'divide') {
      warn(sink, 'bool-arithmetic', { op: SYMBOL[op] });
    }
  }
  const result = tensor(shape, dtype, out);
  checkInt64(result, sink);
  return result;
}

/** `a + b` (np.add) with NumPy broadcasting and dtype promotion. A bare number is a Python float. */
export function add(a: Operand, b: Operand, sink?: WarningSink): Tensor {
  return arithmetic('add', a, b, sink);
}

/** `a - b` (np.subtract); bool - bool raises NumPy's TypeError. */
export function sub(a: Operand, b: Operand, sink?: WarningSink): Tensor {
  return arithmetic('subtract', a, b, sink);
}

/** `a * b` (np.multiply). */
export function mul(a: Operand, b: Operand, sink?: WarningSink): Tensor {
  return arithmetic('multiply', a, b, sink);
}

/** `a / b` (np.true_divide): always float64, even for ints and bools. */
export function div(a: Operand, b: Operand, sink?: WarningSink): Tensor {
  return arithmetic('divide', a, b, sink);
}
