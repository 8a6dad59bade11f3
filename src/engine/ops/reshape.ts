import { NumpyError } from '../errors';
import { tensor, type Tensor } from '../tensor';

/**
 * `x.reshape(shape)`: the same values (row-major) in a new shape. One entry may be negative (NumPy's -1),
 * meaning "whatever fits"; errors carry NumPy's text, printing that entry as `newaxis`.
 */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  const unknown = shape.filter((d) => d < 0).length;
  if (unknown > 1) {
    throw new NumpyError('ValueError', 'can only specify one unknown dimension', 'reshape');
  }
  const known = shape.reduce((p, d) => (d < 0 ? p : p * d), 1);
  const fail = () =>
    new NumpyError(
      'ValueError',
      `cannot reshape array of size ${x.size} into shape ${shapeWithUnknown(shape)}`,
      'reshape',
    );
  let resolved: number[];
  if (unknown === 1) {
    if (known === 0 || x.size % known !== 0) throw fail();
    resolved = shape.map((d) => (d < 0 ? x.size / known : d));
  } else {
    if (known !== x.size) throw fail();
    resolved = [...shape];
  }
  // Tensors are never written to, so the reshaped tensor can share x's values.
  return tensor(resolved, x.dtype, x.data);
}

function shapeWithUnknown(shape: readonly number[]): string {
  const parts = shape.map((d) => (d < 0 ? 'newaxis' : String(d)));
  return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(',')})`;
}
