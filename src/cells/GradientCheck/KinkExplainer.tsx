import type { Tensor } from '../../engine';
import { useLang } from '../../i18n/useT';
import type { TwoLayerNetOutputs } from '../../store/selectors/twoLayerNet';
import { GRADCHECK_H, LOG_EPSILON } from '../../store/selectors/twoLayerNetCheck';

interface KinkExplainerProps {
  readonly outputs: TwoLayerNetOutputs;
  /** Commits a new x (the one that puts a hidden unit on the kink). */
  readonly onNudge: (x: Tensor) => void;
}

const short = (v: number) => v.toExponential(2);

/**
 * Why the gradient check's difference grows, told with this batch's own numbers: a hidden unit within
 * h of ReLU's kink (with a button that puts one there), and the 1e-7 the loss adds inside its log.
 */
export function KinkExplainer({ outputs, onNudge }: KinkExplainerProps) {
  const { kinks, kinkNudge: nudge, minTargetProb: p } = outputs;
  const lang = useLang();
  const a1 = outputs.matrices.a1.value;
  const nearest = nudge && a1 ? a1.data[nudge.sample * a1.shape[1] + nudge.unit] : null;
  return lang === 'ja' ? (
    <div className="gradcheck-why" data-kinks={kinks.length} lang="ja">
      <h4>差が大きくなるとき</h4>
      <div className="gradcheck-reason" data-why="kink">
        <h5>1. ReLU の入力が 0 から h 以内にある: 折れ目</h5>
        <p>
          numerical_gradient は重みを 1 つずつ ±h = 1e-4 だけ動かします。それで隠れ層のユニットの入力 a1 が 0
          をまたぐと、区間の中で ReLU の傾きが 0 と 1 の間で切り替わるため、中心差分は 2
          つの傾きの平均になり、逆伝播は a1 そのものでの傾きを使います。するとそのユニットの W1 と b1
          の勾配は大きく食い違います。W2 と b2 は a1 を動かさないので、一致したままです。
        </p>
        {kinks.length > 0 ? (
          <ul className="gradcheck-kinks" role="status">
            {kinks.map((k) => (
              <li key={`${k.sample}-${k.unit}`} data-kink={`${k.sample},${k.unit}`}>
                折れ目の上: サンプル {k.sample} の隠れユニット {k.unit} は a1[{k.sample}, {k.unit}] ={' '}
                {short(k.a)} で、0 から h 以内です。
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">
            いまは 0 から h 以内にある隠れユニットはありません
            {nearest !== null && nudge && (
              <>
                。最も近いのは a1[{nudge.sample}, {nudge.unit}] = {short(nearest)} で、h の{' '}
                {(Math.abs(nearest) / GRADCHECK_H).toPrecision(2)} 倍離れています
              </>
            )}
            。
          </p>
        )}
        {nudge && (
          <button type="button" data-kink-nudge="" onClick={() => onNudge(nudge.x)}>
            サンプル {nudge.sample} の隠れユニット {nudge.unit} を折れ目に置く: a1[{nudge.sample},{' '}
            {nudge.unit}] = h / 2 となるよう x[{nudge.sample}, {nudge.feature}] を動かす
          </button>
        )}
      </div>
      <div className="gradcheck-reason" data-why="epsilon">
        <h5>2. 損失の中の 1e-7</h5>
        <p>
          cross_entropy_error は −log(y[t] + 1e-7) を返しますが、逆伝播の (y − t) / batch_size は 1e-7
          を含まない −log(y[t]) の勾配です。そのため数値微分による勾配は p / (p + 1e-7)
          倍だけ小さくなります（p は y が正解クラスに与える確率）。相対的な差はおよそ 1e-7 / p です。
          {p !== null && (
            <>
              ここでの最小の p は {p.toPrecision(3)} なので、各勾配のおよそ {short(LOG_EPSILON / p)}{' '}
              の差が見込まれます（b2 の差の大部分はこれです）。自信を持って間違えるネットワーク、つまり p が 0
              に近いと、この差は大きくなります。
            </>
          )}
        </p>
      </div>
    </div>
  ) : (
    <div className="gradcheck-why" data-kinks={kinks.length}>
      <h4>When the difference grows</h4>
      <div className="gradcheck-reason" data-why="kink">
        <h5>1. A ReLU input within h of 0: the kink</h5>
        <p>
          numerical_gradient moves each weight by ±h = 1e-4. Where that carries a hidden unit&apos;s input a1
          across 0, ReLU&apos;s slope jumps between 0 and 1 inside the interval, so the central difference
          averages two slopes while backprop uses the one at a1 itself. W1 and b1 of that unit then disagree
          by a good fraction of their gradient; W2 and b2 do not move a1 and stay in agreement.
        </p>
        {kinks.length > 0 ? (
          <ul className="gradcheck-kinks" role="status">
            {kinks.map((k) => (
              <li key={`${k.sample}-${k.unit}`} data-kink={`${k.sample},${k.unit}`}>
                On the kink: sample {k.sample}, hidden unit {k.unit} has a1[{k.sample}, {k.unit}] ={' '}
                {short(k.a)}, within h of 0.
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">
            No hidden unit is within h of 0 now
            {nearest !== null && nudge && (
              <>
                : the nearest is a1[{nudge.sample}, {nudge.unit}] = {short(nearest)},{' '}
                {(Math.abs(nearest) / GRADCHECK_H).toPrecision(2)} × h away
              </>
            )}
            .
          </p>
        )}
        {nudge && (
          <button type="button" data-kink-nudge="" onClick={() => onNudge(nudge.x)}>
            Put hidden unit {nudge.unit} of sample {nudge.sample} on the kink: move x[{nudge.sample},{' '}
            {nudge.feature}] so that a1[{nudge.sample}, {nudge.unit}] = h / 2
          </button>
        )}
      </div>
      <div className="gradcheck-reason" data-why="epsilon">
        <h5>2. The 1e-7 inside the loss</h5>
        <p>
          cross_entropy_error returns −log(y[t] + 1e-7), but backprop&apos;s (y − t) / batch_size is the
          gradient of −log(y[t]) without it. So the numerical gradient is smaller by a factor p / (p + 1e-7),
          p being the probability y gives the correct class: a relative difference of about 1e-7 / p.
          {p !== null && (
            <>
              {' '}
              Here the smallest such p is {p.toPrecision(3)}, so expect about {short(LOG_EPSILON / p)} of each
              gradient (this is most of b2&apos;s difference). A net that is confidently wrong, with p near 0,
              makes it large.
            </>
          )}
        </p>
      </div>
    </div>
  );
}
