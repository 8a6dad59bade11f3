import { ScalarView } from '../../components/MatrixView/ScalarView';
import { usePick } from '../../i18n/useT';
import { NET_SIZES, WEIGHT_INIT_STD } from '../../notebook/twoLayerNet';
import type { Derived, DerivedMatrix } from '../../store/selectors/outputs';
import { OutputMatrix } from '../OutputMatrix';
import type { NetNode } from './netSteps';

interface ParamsPanelProps {
  readonly matrices: Readonly<Record<string, DerivedMatrix>>;
  readonly loss: Derived<number>;
  /** The node chosen on the graph: its parameters are highlighted. */
  readonly selected: NetNode;
}

const { inputSize: D, hiddenSize: H, outputSize: C } = NET_SIZES;
const STD = WEIGHT_INIT_STD;

const ROWS = [
  {
    name: 'W1',
    layer: 'affine1',
    init: `W1 = ${STD} * np.random.randn(${D}, ${H})`,
    grad: 'dW1 = np.dot(x.T, da1)',
  },
  { name: 'b1', layer: 'affine1', init: `b1 = np.zeros(${H})`, grad: 'db1 = np.sum(da1, axis=0)' },
  {
    name: 'W2',
    layer: 'affine2',
    init: `W2 = ${STD} * np.random.randn(${H}, ${C})`,
    grad: 'dW2 = np.dot(z1.T, dscores)',
  },
  { name: 'b2', layer: 'affine2', init: `b2 = np.zeros(${C})`, grad: 'db2 = np.sum(dscores, axis=0)' },
] as const;

/**
 * `network.params` beside `network.gradient(x, t)`: each parameter next to its gradient, and the loss.
 * Always shown in full, whatever the stepper shows on the graph.
 */
export function ParamsPanel({ matrices: m, loss, selected }: ParamsPanelProps) {
  const pick = usePick();
  return (
    <div
      className="net-params"
      role="group"
      aria-label={pick({ ja: 'パラメータとその勾配', en: 'Parameters and their gradients' })}
    >
      <h3>{pick({ ja: 'パラメータと勾配', en: 'Parameters and gradients' })}</h3>
      <ScalarView
        name="loss"
        label="loss = network.loss(x, t)"
        value={loss.value}
        error={loss.error}
        cap={loss.limit}
      />
      <div className="net-params-grid">
        {ROWS.map((row) => (
          <div
            key={row.name}
            className={row.layer === selected ? 'net-param net-param--selected' : 'net-param'}
            data-param={row.name}
          >
            <OutputMatrix name={row.name} label={row.init} derived={m[row.name]} />
            <OutputMatrix name={`d${row.name}`} label={row.grad} derived={m[`d${row.name}`]} />
          </div>
        ))}
      </div>
    </div>
  );
}
