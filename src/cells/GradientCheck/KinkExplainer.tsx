import type { Tensor } from '../../engine';
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
  const a1 = outputs.matrices.a1.value;
  const nearest = nudge && a1 ? a1.data[nudge.sample * a1.shape[1] + nudge.unit] : null;
  return (
    <div className="gradcheck-why" data-kinks={kinks.length}>
      <h4>
        <span lang="ja">差が大きくなるとき</span> · When the difference grows
      </h4>
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
