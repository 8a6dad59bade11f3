import { BatchAffineChart } from '../charts/BatchAffineChart';
import { ReluChart } from '../charts/ReluChart';
import { SigmoidChart } from '../charts/SigmoidChart';
import { SoftmaxChart } from '../charts/SoftmaxChart';
import { deriveAffine } from '../store/selectors/affine';
import { deriveBatchAffine } from '../store/selectors/batchAffine';
import { deriveRelu } from '../store/selectors/relu';
import { deriveSigmoid } from '../store/selectors/sigmoid';
import { deriveSoftmaxWithLoss } from '../store/selectors/softmaxWithLoss';
import type { CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { useNotebook } from '../store/useNotebook';
import { useAfterPaint } from './useAfterPaint';

/*
 * Each cell's chart, connected to the store: it reads the same memoised outputs the cell's numbers use, so
 * a chart never recomputes anything. While an output cannot be computed, the chart stays and says so
 * where that output would be drawn (NumPy's error is shown with the numbers).
 * Charts follow the inputs one painted frame behind the numbers: an edit's numbers are painted first.
 */

/** A cell's inputs as of the last painted frame. */
function usePaintedInputs(cell: CellId): CellInputs {
  return useAfterPaint(useNotebook((s) => s.inputs[cell]));
}

/** ReLU and its derivative at the current x. */
export function ReluCellChart() {
  const inputs = usePaintedInputs('relu');
  const x = inputs.matrices.x;
  const { matrices: m } = deriveRelu(inputs);
  return <ReluChart x={x} out={m.out.value} mask={m.mask.value} />;
}

/** Sigmoid and its derivative at the current x. */
export function SigmoidCellChart() {
  const inputs = usePaintedInputs('sigmoid');
  const x = inputs.matrices.x;
  const { matrices: m } = deriveSigmoid(inputs);
  return <SigmoidChart x={x} out={m.out.value} />;
}

/** How b is broadcast over the rows (one row for the single Affine), and dB as the column sums of dout. */
export function AffineCellChart({ cell }: { cell: 'affine' | 'batch-affine' }) {
  const inputs = usePaintedInputs(cell);
  const b = inputs.matrices.b;
  const { matrices: m } = (cell === 'affine' ? deriveAffine : deriveBatchAffine)(inputs);
  return <BatchAffineChart b={b} out={m.out.value} dout={m.dout?.value ?? null} db={m.db.value} />;
}

/** Per-row probabilities with the target marked, and the loss. */
export function SoftmaxCellChart() {
  const inputs = usePaintedInputs('softmax-with-loss');
  const t = inputs.matrices.t;
  const { matrices: m, loss } = deriveSoftmaxWithLoss(inputs);
  return <SoftmaxChart y={m.y.value} t={t} loss={loss?.value ?? null} />;
}
