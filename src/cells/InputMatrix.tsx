import { memo, useMemo } from 'react';
import { MatrixEditor } from '../components/MatrixEditor/MatrixEditor';
import { seedMatrices } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { useNotebook } from '../store/useNotebook';

interface InputMatrixProps {
  readonly cell: CellId;
  readonly name: string;
  readonly label: string;
}

/**
 * One of a cell's input matrices, editable, bound to the store: it renders again only when that matrix (or
 * the cell's seed) changes, not with each edit of the cell's other inputs.
 */
export const InputMatrix = memo(function InputMatrix({ cell, name, label }: InputMatrixProps) {
  const value = useNotebook((s) => s.inputs[cell].matrices[name]);
  const seed = useNotebook((s) => s.inputs[cell].seed);
  const setMatrix = useNotebook((s) => s.setMatrix);
  const seedValue = useMemo(() => seedMatrices(cell, seed)[name], [cell, seed, name]);
  return (
    <MatrixEditor
      name={name}
      label={label}
      value={value}
      seedValue={seedValue}
      randomSeed={seed}
      onCommit={(t) => setMatrix(cell, name, t)}
    />
  );
});
