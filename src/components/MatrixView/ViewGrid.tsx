import { memo, type CSSProperties } from 'react';
import { formatScalar, type DType, type Tensor } from '../../engine';
import { DARK_PALETTE, LIGHT_PALETTE, divergingColor, maxAbsFinite, toneOf } from './colorScale';
import type { GridShape } from './gridShape';
import { elementTextsOf } from './numpyText';

interface RowProps {
  values: Float64Array;
  texts: readonly string[];
  dtype: DType;
  maxAbs: number;
  boolStyle: boolean;
}

/** One read-only cell: coloured by its value, full precision on hover. */
function ViewCell({
  x,
  text,
  dtype,
  maxAbs,
  boolStyle,
}: { x: number; text: string } & Omit<RowProps, 'values' | 'texts'>) {
  const title = formatScalar(x, dtype);
  if (boolStyle) {
    return (
      <td className={x !== 0 ? 'mx-true' : 'mx-false'} title={title}>
        {text}
      </td>
    );
  }
  const tone = toneOf(x, maxAbs);
  if (tone.kind === 'nan') {
    return (
      <td className="mx-nan" title={title}>
        {text}
      </td>
    );
  }
  if (tone.kind === 'inf') {
    return (
      <td className={tone.sign > 0 ? 'mx-inf mx-posinf' : 'mx-inf mx-neginf'} title={title}>
        {text}
      </td>
    );
  }
  const style = {
    '--mx-bg-light': divergingColor(tone.t, LIGHT_PALETTE),
    '--mx-bg-dark': divergingColor(tone.t, DARK_PALETTE),
  } as CSSProperties;
  return (
    <td className="mx-tone" style={style} title={title}>
      {text}
    </td>
  );
}

function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.dtype !== b.dtype || a.maxAbs !== b.maxAbs || a.boolStyle !== b.boolStyle) return false;
  if (a.values.length !== b.values.length) return false;
  for (let i = 0; i < a.values.length; i++) {
    if (!Object.is(a.values[i], b.values[i]) || a.texts[i] !== b.texts[i]) return false;
  }
  return true;
}

// Rows re-render only when one of their own values (or the matrix's scale) changes.
const ViewRow = memo(function ViewRow({ values, texts, ...rest }: RowProps) {
  const cells = [];
  for (let c = 0; c < values.length; c++) {
    cells.push(<ViewCell key={c} x={values[c]} text={texts[c]} {...rest} />);
  }
  return <tr>{cells}</tr>;
}, sameRow);

/** A read-only table of a 0-, 1- or 2-D tensor, each cell tinted by the diverging scale. */
export function ViewGrid({
  value,
  grid,
  label,
  boolStyle,
}: {
  value: Tensor;
  grid: GridShape;
  label: string;
  boolStyle: boolean;
}) {
  const texts = elementTextsOf(value);
  const maxAbs = boolStyle ? 0 : maxAbsFinite(value.data);
  const rows = [];
  for (let r = 0; r < grid.rows; r++) {
    const start = r * grid.cols;
    rows.push(
      <ViewRow
        key={r}
        values={value.data.subarray(start, start + grid.cols)}
        texts={texts.slice(start, start + grid.cols)}
        dtype={value.dtype}
        maxAbs={maxAbs}
        boolStyle={boolStyle}
      />,
    );
  }
  return (
    <div className="mx-scroll">
      <table className="mx-grid mx-grid--view" aria-label={label}>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
