import type { ReactNode } from 'react';
import { CELLS } from '../notebook/cells';
import { deriveAffine } from '../store/selectors/affine';
import { deriveBatchAffine } from '../store/selectors/batchAffine';
import { Cell } from './Cell';
import { CellToolbar } from './CellToolbar';
import { DoutControl } from './DoutControl';
import { InputMatrix } from './InputMatrix';
import { LiveLayout } from './LiveLayout';
import { OutputMatrix } from './OutputMatrix';
import { Pitfalls } from './Pitfalls';
import { useCellOutputs } from './useCellOutputs';

type AffineCellId = 'affine' | 'batch-affine';

// The single Affine prints the seed's own expression; the batch cell runs the seed's Affine class.
const LABELS = {
  affine: {
    out: 'Y = np.dot(X, W) + B',
    dx: 'dX = np.dot(dY, W.T)',
    dW: 'dW = np.dot(X.reshape(1, -1).T, dY)',
    db: 'dB = dY',
  },
  'batch-affine': {
    out: 'out = np.dot(x, W) + B',
    dx: 'dx = np.dot(dout, W.T)',
    dW: 'dW = np.dot(x.T, dout)',
    db: 'dB = np.sum(dout, axis=0)',
  },
} as const;

function AffineLive({ cell }: { cell: AffineCellId }) {
  const { matrices: m, warnings } = useCellOutputs(
    cell,
    cell === 'affine' ? deriveAffine : deriveBatchAffine,
  );
  const labels = LABELS[cell];
  return (
    <>
      <CellToolbar cell={cell} />
      <LiveLayout
        inputs={CELLS[cell].inputs.map(({ name, label }) => (
          <InputMatrix key={name} cell={cell} name={name} label={label} />
        ))}
        forward={<OutputMatrix name="out" label={labels.out} derived={m.out} />}
        backward={
          <>
            <DoutControl cell={cell} derived={m.dout} />
            <OutputMatrix name="dx" label={labels.dx} derived={m.dx} />
            <OutputMatrix name="dW" label={labels.dW} derived={m.dW} />
            <OutputMatrix name="db" label={labels.db} derived={m.db} />
          </>
        }
        footer={<Pitfalls cell={cell} warnings={warnings} />}
      />
    </>
  );
}

/** The Affine sections: the single sample (`affine`, random inputs) and the batch (`batch-affine`). */
export function AffineCell({ cell, chart }: { cell: AffineCellId; chart?: ReactNode }) {
  return (
    <Cell def={CELLS[cell]} chart={chart}>
      <AffineLive cell={cell} />
    </Cell>
  );
}
