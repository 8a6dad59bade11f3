import { memo } from 'react';
import { shapeText, type DType } from '../../engine';

/** NumPy's shape tuple and dtype side by side, e.g. `(2, 2) float64`. */
export const ShapeBadge = memo(function ShapeBadge({
  shape,
  dtype,
}: {
  shape: readonly number[];
  dtype: DType;
}) {
  return (
    <span className="mx-badge">
      <span className="mx-badge-shape">{shapeText(shape)}</span>{' '}
      <span className="mx-badge-dtype">{dtype}</span>
    </span>
  );
});
