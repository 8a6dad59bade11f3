import { BatchAffineChart } from '../charts/BatchAffineChart';
import { ReluChart } from '../charts/ReluChart';
import { SigmoidChart } from '../charts/SigmoidChart';
import { SoftmaxChart } from '../charts/SoftmaxChart';
import { deriveAffine } from '../store/selectors/affine';
import { deriveBatchAffine } from '../store/selectors/batchAffine';
import { deriveRelu } from '../store/selectors/relu';
import { deriveSigmoid } from '../store/selectors/sigmoid';
import { deriveSoftmaxWithLoss } from '../store/selectors/softmaxWithLoss';
import { useNotebook } from '../store/useNotebook';
import { useCellOutputs } from './useCellOutputs';

/*
 * Each cell's chart, connected to the store: it reads the same memoised outputs the cell's numbers use, so
 * a chart never recomputes anything, and renders nothing while the values it needs cannot be computed.
 */

/** ReLU and its derivative at the current x. */
export function ReluCellChart() {
  const x = useNotebook((s) => s.inputs.relu.matrices.x);
  const { matrices: m } = useCellOutputs('relu', deriveRelu);
  if (!m.out.value || !m.mask.value) return null;
  return <ReluChart x={x} out={m.out.value} mask={m.mask.value} />;
}

/** Sigmoid and its derivative at the current x. */
export function SigmoidCellChart() {
  const x = useNotebook((s) => s.inputs.sigmoid.matrices.x);
  const { matrices: m } = useCellOutputs('sigmoid', deriveSigmoid);
  if (!m.out.value) return null;
  return <SigmoidChart x={x} out={m.out.value} />;
}

/** How b is broadcast over the rows (one row for the single Affine), and dB as the column sums of dout. */
export function AffineCellChart({ cell }: { cell: 'affine' | 'batch-affine' }) {
  const b = useNotebook((s) => s.inputs[cell].matrices.b);
  const { matrices: m } = useCellOutputs(cell, cell === 'affine' ? deriveAffine : deriveBatchAffine);
  return <BatchAffineChart b={b} out={m.out.value} dout={m.dout?.value ?? null} db={m.db.value} />;
}

/** Per-row probabilities with the target marked, and the loss. */
export function SoftmaxCellChart() {
  const t = useNotebook((s) => s.inputs['softmax-with-loss'].matrices.t);
  const { matrices: m, loss } = useCellOutputs('softmax-with-loss', deriveSoftmaxWithLoss);
  return <SoftmaxChart y={m.y.value} t={t} loss={loss?.value ?? null} />;
}
