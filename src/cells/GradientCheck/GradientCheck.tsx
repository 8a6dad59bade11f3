import type { Tensor } from '../../engine';
import { GradcheckChart } from '../../charts/GradcheckChart';
import { PARAM_NAMES, type TwoLayerNetOutputs } from '../../store/selectors/twoLayerNet';
import { GradcheckTable, printed } from './GradcheckTable';
import { KinkExplainer } from './KinkExplainer';

interface GradientCheckProps {
  readonly outputs: TwoLayerNetOutputs;
  /** Commits a new x (the kink demonstration). */
  readonly onNudge: (x: Tensor) => void;
}

/**
 * The book's gradient check (ch05/gradient_check.py) on the cell's batch: backprop against the numerical
 * gradient for W1, b1, W2 and b2, the difference per entry as heatmaps, and why it grows when it does.
 */
export function GradientCheck({ outputs, onNudge }: GradientCheckProps) {
  const checks = outputs.gradcheck.value;
  return (
    <section className="gradcheck" aria-labelledby="gradcheck-title" data-gradcheck-panel="">
      <h3 id="gradcheck-title">
        <span lang="ja">勾配確認</span> · Gradient check <code>gradient_check.py</code>
      </h3>
      <p className="gradcheck-intro">
        <code>network.gradient(x, t)</code> (backprop) against <code>network.numerical_gradient(x, t)</code>{' '}
        (central differences, h = 1e-4, two losses per weight). The book prints the mean absolute difference;
        a correct backward keeps it tiny.
      </p>
      <GradcheckTable gradcheck={outputs.gradcheck} />
      <div className="gradcheck-charts">
        {PARAM_NAMES.map((name) => (
          <GradcheckChart
            key={name}
            name={name}
            diff={checks?.[name].diff ?? null}
            mean={checks ? printed(checks[name].mean) : null}
          />
        ))}
      </div>
      <KinkExplainer outputs={outputs} onNudge={onNudge} />
    </section>
  );
}
