import { MatrixView } from '../components/MatrixView/MatrixView';
import type { DerivedMatrix } from '../store/selectors/outputs';

interface OutputMatrixProps {
  readonly name: string;
  readonly label: string;
  readonly derived: DerivedMatrix;
  /** Shows a bool matrix as a True/False grid (ReLU's mask). */
  readonly mask?: boolean;
}

/** A derived matrix: its values, or NumPy's error in their place when it cannot be computed. */
export function OutputMatrix({ name, label, derived, mask }: OutputMatrixProps) {
  return (
    <MatrixView
      name={name}
      label={label}
      value={derived.value}
      error={derived.error}
      cap={derived.limit}
      mask={mask}
    />
  );
}
