/**
 * The `...` of a summarised grid (arrays over 1000 elements, shown as NumPy prints them), shared by the
 * editing grid (`gridcell` role) and the read-only view.
 */

/** One `...` cell; `label` says what it hides. */
export function EllipsisCell({ label, role }: { label: string; role?: 'gridcell' }) {
  // In the editor it is sized like the editable cells (mx-cell); in the view like the value cells.
  const className = role === 'gridcell' ? 'mx-cell mx-ellipsis' : 'mx-ellipsis';
  return (
    <td role={role} className={className} aria-label={label} title={label}>
      ...
    </td>
  );
}

/** The row of `...` standing for the hidden rows, with the column gap's corner at `colGap`. */
export function HiddenRowsRow(p: {
  shownCols: number;
  colGap: number;
  rowsLabel: string;
  colsLabel: string;
  role?: 'gridcell';
}) {
  const cells = [];
  for (let j = 0; j < p.shownCols; j++) {
    cells.push(<EllipsisCell key={j} label={p.rowsLabel} role={p.role} />);
    if (j === p.colGap) {
      cells.push(<EllipsisCell key="gap" label={`${p.rowsLabel}; ${p.colsLabel}`} role={p.role} />);
    }
  }
  return <tr>{cells}</tr>;
}
