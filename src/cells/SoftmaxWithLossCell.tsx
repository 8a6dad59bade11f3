import type { ReactNode } from 'react';
import { ScalarView } from '../components/MatrixView/ScalarView';
import { useT } from '../i18n/useT';
import { softmaxWithLossCell } from '../notebook/softmaxWithLoss';
import { deriveSoftmaxWithLoss } from '../store/selectors/softmaxWithLoss';
import { Cell } from './Cell';
import { CellToolbar } from './CellToolbar';
import { InputMatrix } from './InputMatrix';
import { LiveLayout } from './LiveLayout';
import { OutputMatrix } from './OutputMatrix';
import { Pitfalls } from './Pitfalls';
import { useCellOutputs } from './useCellOutputs';

const CELL = 'softmax-with-loss';

function SoftmaxWithLossLive() {
  const { matrices: m, loss, warnings } = useCellOutputs(CELL, deriveSoftmaxWithLoss);
  const t = useT();
  return (
    <>
      <CellToolbar cell={CELL} />
      <LiveLayout
        inputs={
          <>
            <InputMatrix cell={CELL} name="x" label="x" />
            <InputMatrix cell={CELL} name="t" label={t('softmax.tLabel')} />
          </>
        }
        forward={
          <>
            <OutputMatrix name="y" label="y = softmax(x)" derived={m.y} />
            <ScalarView
              name="loss"
              label="loss = forward(x, t)"
              value={loss?.value ?? null}
              error={loss?.error ?? null}
              cap={loss?.limit}
            />
          </>
        }
        backward={<OutputMatrix name="dx" label="dx = backward(dout=1)" derived={m.dx} />}
        footer={<Pitfalls cell={CELL} warnings={warnings} />}
      />
    </>
  );
}

/** The Softmax-with-Loss section: probabilities, the loss against t, and its gradient. */
export function SoftmaxWithLossCell({ chart }: { chart?: ReactNode }) {
  return (
    <Cell def={softmaxWithLossCell} chart={chart}>
      <SoftmaxWithLossLive />
    </Cell>
  );
}
