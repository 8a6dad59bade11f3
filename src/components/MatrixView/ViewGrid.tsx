import { memo, type CSSProperties } from 'react';
import { formatScalar, type DType, type Tensor } from '../../engine';
import { DARK_PALETTE, LIGHT_PALETTE, divergingColor, maxAbsFinite, toneOf } from './colorScale';
import type { GridShape } from './gridShape';
import { useScrollFocus } from '../useScrollFocus';
import { elementTextsOf } from './numpyText';
import { useT } from '../../i18n/useT';
import { gapAfter, gridViewOf } from './gridSummary';
import { EllipsisCell, HiddenRowsRow } from './summaryCells';

interface RowProps {
  values: Float64Array;
  texts: readonly string[];
  dtype: DType;
  maxAbs: number;
  boolStyle: boolean;
  /** The position after which this row shows its `...` cell, or -1. */
  gapAt: number;
  /** What that `...` cell says to screen readers. */
  gapLabel: string;
}

/** One read-only cell: coloured by its value, full precision on hover. */
function ViewCell({
  x,
  text,
  dtype,
  maxAbs,
  boolStyle,
}: { x: number; text: string } & Omit<RowProps, 'values' | 'texts' | 'gapAt' | 'gapLabel'>) {
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
  if (a.gapAt !== b.gapAt || a.gapLabel !== b.gapLabel) return false;
  if (a.values.length !== b.values.length) return false;
  for (let i = 0; i < a.values.length; i++) {
    if (!Object.is(a.values[i], b.values[i]) || a.texts[i] !== b.texts[i]) return false;
  }
  return true;
}

// Rows re-render only when one of their own values (or the matrix's scale) changes.
const ViewRow = memo(function ViewRow({ values, texts, gapAt, gapLabel, ...rest }: RowProps) {
  const cells = [];
  for (let c = 0; c < values.length; c++) {
    cells.push(<ViewCell key={c} x={values[c]} text={texts[c]} {...rest} />);
    if (c === gapAt) cells.push(<EllipsisCell key="gap" label={gapLabel} />);
  }
  return <tr>{cells}</tr>;
}, sameRow);

/**
 * A read-only table of a 0-, 1- or 2-D tensor, each cell tinted by the diverging scale. Above NumPy's
 * print threshold only the edge rows and columns are drawn, with `...` between them, as NumPy prints it.
 */
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
  const scrollRef = useScrollFocus<HTMLDivElement>(value);
  const t = useT();
  const view = gridViewOf(value.size, grid);
  const colGap = gapAfter(view.cols);
  const rowGap = gapAfter(view.rows);
  const colsLabel = view.cols.hidden === null ? '' : t('matrix.hiddenCols', view.cols.hidden);
  const rows = [];
  for (const [i, r] of view.rows.shown.entries()) {
    const start = r * grid.cols;
    const values = new Float64Array(view.cols.shown.length);
    const rowTexts: string[] = [];
    for (const [j, c] of view.cols.shown.entries()) {
      values[j] = value.data[start + c];
      rowTexts.push(texts.get(start + c) ?? '');
    }
    rows.push(
      <ViewRow
        key={r}
        values={values}
        texts={rowTexts}
        dtype={value.dtype}
        maxAbs={maxAbs}
        boolStyle={boolStyle}
        gapAt={colGap}
        gapLabel={colsLabel}
      />,
    );
    if (i === rowGap && view.rows.hidden !== null) {
      rows.push(
        <HiddenRowsRow
          key="gap"
          shownCols={view.cols.shown.length}
          colGap={colGap}
          rowsLabel={t('matrix.hiddenRows', view.rows.hidden)}
          colsLabel={colsLabel}
        />,
      );
    }
  }
  return (
    // Named like its table: when the grid is too wide for its box, the box is a tab stop (useScrollFocus).
    <div className="mx-scroll" ref={scrollRef} role="group" aria-label={label}>
      <table className="mx-grid mx-grid--view" aria-label={label}>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
