import { useState } from 'react';
import { usePick } from '../../i18n/useT';
import { twoLayerNetCell } from '../../notebook/twoLayerNet';
import { deriveTwoLayerNet } from '../../store/selectors/twoLayerNet';
import { useNotebook } from '../../store/useNotebook';
import { Cell } from '../Cell';
import { CellToolbar } from '../CellToolbar';
import { GradientCheck } from '../GradientCheck/GradientCheck';
import { InputMatrix } from '../InputMatrix';
import { Pitfalls } from '../Pitfalls';
import { NetGraph } from './NetGraph';
import { NET_STEPS, LAST_STEP, type NetNode } from './netSteps';
import { NodeDetail } from './NodeDetail';
import { nodeValues } from './nodeValues';
import { ParamsPanel } from './ParamsPanel';
import { Stepper } from './Stepper';
import './twoLayerNet.css';

const CELL = 'two-layer-net';

function TwoLayerNetLive() {
  const inputs = useNotebook((s) => s.inputs[CELL]);
  const setMatrix = useNotebook((s) => s.setMatrix);
  const pick = usePick();
  const outputs = deriveTwoLayerNet(inputs);
  // Which steps have run and which node is open are views of the same numbers: page state, not inputs.
  const [step, setStep] = useState(LAST_STEP);
  const [selected, setSelected] = useState<NetNode>('affine1');
  const current = step === 0 ? null : NET_STEPS[step - 1];

  const goTo = (next: number) => {
    const s = Math.max(0, Math.min(LAST_STEP, next));
    setStep(s);
    // Open the node the step just gave a value to: its out going forward, its dout coming back.
    if (s > 0) setSelected(NET_STEPS[s - 1].reveals);
  };

  return (
    <>
      <CellToolbar cell={CELL} />
      <div className="net-live">
        <div className="net-inputs" role="group" aria-label={pick({ ja: '入力', en: 'Inputs' })}>
          <h3>{pick({ ja: '入力', en: 'Inputs' })}</h3>
          <InputMatrix
            cell={CELL}
            name="x"
            label={pick({ ja: 'x (バッチ × 特徴量 4 個)', en: 'x (batch × 4 features)' })}
          />
          <InputMatrix
            cell={CELL}
            name="t"
            label={pick({ ja: 't (one-hot 表現、またはラベル)', en: 't (one-hot, or labels)' })}
          />
        </div>
        <div
          className="net-walk"
          role="group"
          aria-label={pick({ ja: 'ネットワークをノードごとに', en: 'The net, node by node' })}
        >
          <h3>{pick({ ja: 'ノードごとに', en: 'Node by node' })}</h3>
          <Stepper step={step} onStep={goTo} />
          <NetGraph
            values={nodeValues(inputs.matrices.x, outputs)}
            step={step}
            active={current?.node ?? null}
            selected={selected}
            onSelect={setSelected}
          />
          <NodeDetail selected={selected} matrices={outputs.matrices} />
        </div>
      </div>
      <ParamsPanel matrices={outputs.matrices} loss={outputs.loss} selected={selected} />
      <GradientCheck outputs={outputs} onNudge={(x) => setMatrix(CELL, 'x', x)} />
      <Pitfalls cell={CELL} warnings={outputs.warnings} />
    </>
  );
}

/**
 * The seed's closing section (誤差逆伝播の実装): the book's two-layer net on a small batch, drawn as a graph
 * to step through forward and backward, with its parameters, gradients and the book's gradient check.
 */
export function TwoLayerNetCell() {
  return (
    <Cell def={twoLayerNetCell}>
      <TwoLayerNetLive />
    </Cell>
  );
}
