import { Bi } from './Bi';

interface Props {
  /** Class probabilities 0..9, or null when there is no drawing or no network yet. */
  readonly probabilities: readonly number[] | null;
}

/** The predicted digit and a bar per class. */
export function PredictionView({ probabilities }: Props) {
  if (!probabilities) {
    return (
      <p className="prediction-empty">
        <Bi
          ja="数字を描き、学習を始めると予測が表示されます。"
          en="Draw a digit and start training to see the prediction."
        />
      </p>
    );
  }
  const best = probabilities.indexOf(Math.max(...probabilities));
  return (
    <div className="prediction" data-prediction={best}>
      <p className="prediction-digit">
        <Bi ja="予測" en="prediction" />: <strong>{best}</strong>
      </p>
      <ol className="prediction-bars" start={0}>
        {probabilities.map((p, digit) => (
          <li
            key={digit}
            data-class={digit}
            data-value={p}
            className={digit === best ? 'is-best' : undefined}
          >
            <span className="prediction-label">{digit}</span>
            <span className="prediction-bar" style={{ width: `${(p * 100).toFixed(1)}%` }} />
            <span className="prediction-value">{(p * 100).toFixed(1)}%</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
