import { Bi } from './Bi';
import { hyperparameterErrors, type Hyperparameters } from './hyperparameters';

/** The form's fields as typed: text drafts, so a half-typed number is not lost or turned into NaN. */
export type HyperparameterDrafts = Record<keyof Hyperparameters, string>;

/** The drafts of a set of hyperparameters. */
export function draftsOf(h: Hyperparameters): HyperparameterDrafts {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, String(v)])) as HyperparameterDrafts;
}

/** The drafts read as numbers, with each field's problem (if any). */
export function parseDrafts(drafts: HyperparameterDrafts) {
  const value = Object.fromEntries(
    Object.entries(drafts).map(([k, v]) => [k, v.trim() === '' ? NaN : Number(v)]),
  ) as unknown as Hyperparameters;
  return { value, errors: hyperparameterErrors(value) };
}

const FIELDS: readonly { key: keyof Hyperparameters; ja: string; en: string; step: string; live: boolean }[] =
  [
    { key: 'hiddenSize', ja: '隠れ層のサイズ', en: 'hidden size', step: '1', live: false },
    { key: 'weightInitStd', ja: '重みの初期値の標準偏差', en: 'weight init std', step: 'any', live: false },
    { key: 'learningRate', ja: '学習率', en: 'learning rate', step: 'any', live: true },
    { key: 'batchSize', ja: 'バッチサイズ', en: 'batch size', step: '1', live: false },
    { key: 'iterations', ja: '繰り返し回数', en: 'iterations', step: '1', live: true },
    { key: 'seed', ja: '乱数シード', en: 'seed', step: '1', live: false },
  ];

interface Props {
  readonly drafts: HyperparameterDrafts;
  readonly onChange: (drafts: HyperparameterDrafts) => void;
  /** While a run exists, only the fields that apply to it live (learning rate, iterations) stay editable. */
  readonly runActive: boolean;
}

/** The book's hyperparameters as a form; invalid entries show an inline message and block Start. */
export function HyperparameterForm({ drafts, onChange, runActive }: Props) {
  const { errors } = parseDrafts(drafts);
  return (
    <fieldset className="hp-form">
      <legend>
        <Bi ja="ハイパーパラメータ" en="Hyperparameters" />
      </legend>
      {FIELDS.map(({ key, ja, en, step, live }) => {
        const error = errors[key];
        const id = `hp-${key}`;
        return (
          <div className="hp-field" key={key}>
            <label htmlFor={id}>
              <Bi ja={ja} en={en} />
            </label>
            <input
              id={id}
              data-hp={key}
              type="number"
              step={step}
              value={drafts[key]}
              disabled={runActive && !live}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...drafts, [key]: e.target.value })}
            />
            {error && (
              <span id={`${id}-error`} role="alert" className="hp-error">
                <Bi ja={error.ja} en={error.en} />
              </span>
            )}
          </div>
        );
      })}
      <p className="hp-note">
        <Bi
          ja="学習中に変えられるのは学習率と繰り返し回数だけです。ほかはリセット後の次の学習から反映されます。"
          en="While a run exists only the learning rate and the iteration count change it; the rest apply from the next run (after Reset)."
        />
      </p>
    </fieldset>
  );
}
