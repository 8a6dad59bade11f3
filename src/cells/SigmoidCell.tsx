import type { ReactNode } from 'react';
import { sigmoidCell } from '../notebook/sigmoid';
import { deriveSigmoid } from '../store/selectors/sigmoid';
import { Cell } from './Cell';
import { CellToolbar } from './CellToolbar';
import { DoutControl } from './DoutControl';
import { InputMatrix } from './InputMatrix';
import { LiveLayout } from './LiveLayout';
import { OutputMatrix } from './OutputMatrix';
import { Pitfalls } from './Pitfalls';
import { useCellOutputs } from './useCellOutputs';

function SigmoidLive() {
  const { matrices: m, warnings } = useCellOutputs('sigmoid', deriveSigmoid);
  return (
    <>
      <CellToolbar cell="sigmoid" />
      <LiveLayout
        inputs={<InputMatrix cell="sigmoid" name="x" label="x" />}
        forward={<OutputMatrix name="out" label="out = sigmoid.forward(x)" derived={m.out} />}
        backward={
          <>
            <DoutControl cell="sigmoid" derived={m.dout} />
            <OutputMatrix name="dx" label="dx = dout * (1.0 - out) * out" derived={m.dx} />
          </>
        }
        footer={<Pitfalls cell="sigmoid" warnings={warnings} />}
      />
    </>
  );
}

/** The Sigmoid section: forward, and backward with the seed's dout = x. */
export function SigmoidCell({ chart }: { chart?: ReactNode }) {
  return (
    <Cell def={sigmoidCell} chart={chart}>
      <SigmoidLive />
    </Cell>
  );
}
