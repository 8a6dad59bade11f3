import type { Tensor } from '../../engine';
import { GradcheckChart } from '../../charts/GradcheckChart';
import { useLang } from '../../i18n/useT';
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
  const lang = useLang();
  return (
    <section className="gradcheck" aria-labelledby="gradcheck-title" data-gradcheck-panel="">
      <h3 id="gradcheck-title">
        <span lang={lang}>{lang === 'ja' ? '勾配確認' : 'Gradient check'}</span>{' '}
        <code>gradient_check.py</code>
      </h3>
      {lang === 'ja' ? (
        <p className="gradcheck-intro" lang="ja">
          誤差逆伝播法による <code>network.gradient(x, t)</code> と、数値微分による{' '}
          <code>network.numerical_gradient(x, t)</code>（中心差分、h = 1e-4、重み 1 つにつき損失を 2
          回計算）を比べます。本のスクリプトは差の絶対値の平均を表示します。逆伝播が正しければ、その値はごく小さくなります。
        </p>
      ) : (
        <p className="gradcheck-intro">
          <code>network.gradient(x, t)</code> (backprop) against <code>network.numerical_gradient(x, t)</code>{' '}
          (central differences, h = 1e-4, two losses per weight). The book prints the mean absolute
          difference; a correct backward keeps it tiny.
        </p>
      )}
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
