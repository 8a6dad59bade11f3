import { useId } from 'react';
import { formatScalar } from '../../engine';
import '../matrix.css';
import { ErrorText, type OutputCap } from './ErrorText';

/** Props of `ScalarView`. */
export interface ScalarViewProps {
  /** The book's name for the value (`loss`): the `data-matrix` hook. */
  name: string;
  label?: string;
  value: number | null;
  /** NumPy's message when the value could not be computed; shown in its place. */
  error?: string | null;
  /** Set when `error` is one of the page's output caps rather than NumPy's. */
  cap?: OutputCap;
}

/**
 * One float64 scalar (the loss) as NumPy prints it (`0.10406420174253615`), with `data-matrix` and
 * `data-numpy` on its root like every matrix.
 */
export function ScalarView({ name, label, value, error = null, cap }: ScalarViewProps) {
  const headingId = useId();
  const text = error === null && value !== null ? formatScalar(value, 'float64') : '';
  return (
    <div
      className="mx mx--scalar"
      role="group"
      aria-labelledby={headingId}
      data-matrix={name}
      data-numpy={text}
    >
      <div className="mx-head">
        <span className="mx-name" id={headingId}>
          {label ?? name}
        </span>
        {text !== '' && <span className="mx-badge">float64</span>}
      </div>
      {error !== null ? (
        <ErrorText error={error} cap={cap} />
      ) : (
        <output className="mx-scalar-value">{text === '' ? '—' : text}</output>
      )}
    </div>
  );
}
