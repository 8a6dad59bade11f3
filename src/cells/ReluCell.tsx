import type { ReactNode } from 'react';
import { reluCell } from '../notebook/relu';
import { deriveRelu } from '../store/selectors/relu';
import { Cell } from './Cell';
import { CellToolbar } from './CellToolbar';
import { DoutControl } from './DoutControl';
import { InputMatrix } from './InputMatrix';
import { LiveLayout } from './LiveLayout';
import { OutputMatrix } from './OutputMatrix';
import { Pitfalls } from './Pitfalls';
import { useCellOutputs } from './useCellOutputs';

function ReluLive() {
  const { matrices: m, warnings } = useCellOutputs('relu', deriveRelu);
  return (
    <>
      <CellToolbar cell="relu" />
      <LiveLayout
        inputs={<InputMatrix cell="relu" name="x" label="x" />}
        forward={
          <>
            <OutputMatrix name="mask" label="mask = (x <= 0)" derived={m.mask} mask />
            <OutputMatrix name="out" label="out = relu.forward(x)" derived={m.out} />
          </>
        }
        backward={
          <>
            <DoutControl cell="relu" derived={m.dout} />
            <OutputMatrix name="dx" label="dx = relu.backward(dout)" derived={m.dx} />
          </>
        }
        footer={<Pitfalls cell="relu" warnings={warnings} />}
      />
    </>
  );
}

/** The ReLU section: x, its mask, forward, and backward with the seed's dout = x. */
export function ReluCell({ chart }: { chart?: ReactNode }) {
  return (
    <Cell def={reluCell} chart={chart}>
      <ReluLive />
    </Cell>
  );
}
