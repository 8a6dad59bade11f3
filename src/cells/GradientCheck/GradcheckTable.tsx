import { ErrorText } from '../../components/MatrixView/ErrorText';
import { formatScalar, shapeText } from '../../engine';
import { useScrollFocus } from '../../components/useScrollFocus';
import { usePick } from '../../i18n/useT';
import type { Derived } from '../../store/selectors/outputs';
import { PARAM_NAMES, type ParamName } from '../../store/selectors/twoLayerNet';
import type { ParamCheck } from '../../store/selectors/twoLayerNetCheck';

interface GradcheckTableProps {
  readonly gradcheck: Derived<Readonly<Record<ParamName, ParamCheck>>>;
}

/**
 * A difference worth a closer look. With a correct backward, h = 1e-4 and the loss's 1e-7 keep the
 * difference near 1e-7 or below for this net's gradients; the kink, or a tiny correct-class probability,
 * takes it past 1e-6.
 */
export const FAR = 1e-6;

/** A difference as the book's script prints it: `str()` of the float64 np.average returns. */
export const printed = (v: number): string => formatScalar(v, 'float64');

/**
 * What gradient_check.py prints (`key:diff` per parameter), and beside it each parameter's mean and max
 * absolute difference. Each row carries `data-gradcheck="<name>"` with the mean in `data-value`.
 */
export function GradcheckTable({ gradcheck }: GradcheckTableProps) {
  const checks = gradcheck.value;
  const pick = usePick();
  // Both scroll sideways when a phone is too narrow for them, and are then tab stops.
  const printRef = useScrollFocus<HTMLPreElement>(checks);
  const tableRef = useScrollFocus<HTMLDivElement>(checks);
  const caption = pick({
    ja: 'パラメータごとの |逆伝播 − 数値微分|',
    en: '|backprop − numerical| per parameter',
  });
  return (
    <div className="gradcheck-numbers">
      {gradcheck.error !== null && <ErrorText error={gradcheck.error} cap={gradcheck.limit} />}
      {checks && (
        <pre
          ref={printRef}
          className="gradcheck-print"
          aria-label={pick({ ja: 'gradient_check.py の出力', en: 'What gradient_check.py prints' })}
        >
          {PARAM_NAMES.map((name) => `${name}:${printed(checks[name].mean)}`).join('\n')}
        </pre>
      )}
      <div ref={tableRef} className="gradcheck-table-box" role="group" aria-label={caption}>
        <table className="gradcheck-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{pick({ ja: 'パラメータ', en: 'parameter' })}</th>
              <th scope="col">{pick({ ja: '形状', en: 'shape' })}</th>
              <th scope="col">{pick({ ja: '平均 (np.average)', en: 'mean (np.average)' })}</th>
              <th scope="col">{pick({ ja: '最大', en: 'max' })}</th>
            </tr>
          </thead>
          <tbody>
            {PARAM_NAMES.map((name) => {
              const c = checks?.[name];
              const far = c !== undefined && !(c.max < FAR);
              return (
                <tr
                  key={name}
                  data-gradcheck={name}
                  data-value={c ? String(c.mean) : ''}
                  data-max={c ? String(c.max) : ''}
                  className={far ? 'gradcheck-row gradcheck-row--far' : 'gradcheck-row'}
                >
                  <th scope="row">{name}</th>
                  <td>{c ? shapeText(c.diff.shape) : '—'}</td>
                  <td>{c ? printed(c.mean) : '—'}</td>
                  <td>{c ? printed(c.max) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
