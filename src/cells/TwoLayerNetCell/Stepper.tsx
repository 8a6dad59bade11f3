import { useLang } from '../../i18n/useT';
import { announce, LAST_STEP, NET_STEPS } from './netSteps';

const PHASE = {
  forward: { ja: '順伝播', en: 'forward' },
  backward: { ja: '逆伝播', en: 'backward' },
} as const;

interface StepperProps {
  /** Steps run so far: 0 (nothing) to LAST_STEP (forward and backward done). */
  readonly step: number;
  readonly onStep: (step: number) => void;
}

/**
 * Walks through `network.gradient(x, t)` one layer at a time: four forward steps, then four backward.
 * Each move is announced to screen readers; the current line of the book's code is shown.
 */
export function Stepper({ step, onStep }: StepperProps) {
  const current = step === 0 ? null : NET_STEPS[step - 1];
  const lang = useLang();
  const pick = (text: { ja: string; en: string }) => text[lang];
  return (
    <div
      className="net-stepper"
      role="group"
      aria-label={pick({ ja: '順伝播と逆伝播を 1 ステップずつ', en: 'Step through forward and backward' })}
    >
      <div className="net-stepper-buttons">
        <button type="button" data-step="reset" onClick={() => onStep(0)} disabled={step === 0}>
          {pick({ ja: 'リセット', en: 'Reset' })}
        </button>
        <button type="button" data-step="prev" onClick={() => onStep(step - 1)} disabled={step === 0}>
          ◀ {pick({ ja: '戻る', en: 'Back' })}
        </button>
        <button type="button" data-step="next" onClick={() => onStep(step + 1)} disabled={step === LAST_STEP}>
          {pick({ ja: '次へ', en: 'Next' })} ▶
        </button>
        <button type="button" data-step="all" onClick={() => onStep(LAST_STEP)} disabled={step === LAST_STEP}>
          {pick({ ja: 'すべて実行', en: 'Run all' })}
        </button>
        <span className="net-stepper-count" data-step-index={step}>
          {step} / {LAST_STEP}
          {current && (
            <span className={`net-phase net-phase--${current.phase}`}> · {pick(PHASE[current.phase])}</span>
          )}
        </span>
      </div>
      <p className="net-stepper-code">
        {current ? (
          <code>{current.code}</code>
        ) : (
          pick({
            ja: 'まだ何も計算していません。「次へ」を押すと Affine1.forward を実行します。',
            en: 'Nothing computed yet: press Next to run Affine1.forward.',
          })
        )}
      </p>
      <p className="net-sr-only" aria-live="polite" data-step-status="">
        {announce(step, lang)}
      </p>
    </div>
  );
}
