import type { EngineWarning } from '../engine';
import { useLang, usePick, useT } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { PITFALLS } from '../notebook/pitfalls';
import type { Pitfall } from '../notebook/pitfalls/pitfall';
import type { CellInputs, CellPatch } from '../store/types';
import { useNotebook } from '../store/useNotebook';

interface PitfallsProps {
  readonly cell: CellId;
  readonly warnings: readonly EngineWarning[];
}

/** Explains, in plain words, each surprise NumPy has in store for this cell's inputs, with a fix where there is one. */
export function Pitfalls({ cell, warnings }: PitfallsProps) {
  const inputs = useNotebook((s) => s.inputs[cell]);
  const patchCell = useNotebook((s) => s.patchCell);
  const t = useT();
  const pick = usePick();
  // The cell's always-explained points come first; if the inputs raise one too, its live message wins.
  const always = (CELLS[cell].pitfalls ?? []).map(
    (code) => warnings.find((w) => w.code === code) ?? { code, message: '' },
  );
  const shown = [...always, ...warnings.filter((w) => !always.includes(w))];
  if (shown.length === 0) return null;
  return (
    <aside
      className="pitfalls"
      aria-label={`${t('pitfalls.title')}: ${pick(CELLS[cell].title)}`}
      data-pitfalls={cell}
    >
      <h3>{t('pitfalls.title')}</h3>
      <ul className="pitfall-list">
        {shown.map((w) => {
          const p = PITFALLS[w.code];
          return (
            <li key={w.code} className="pitfall" data-pitfall={w.code}>
              {p ? (
                <PitfallText
                  pitfall={p}
                  warning={w}
                  inputs={inputs}
                  onFix={(patch) => patchCell(cell, patch)}
                />
              ) : (
                // A code the notebook has no words for yet: the engine's own (English) message.
                <p lang="en">{w.message}</p>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

interface PitfallTextProps {
  readonly pitfall: Pitfall;
  readonly warning: EngineWarning;
  readonly inputs: CellInputs;
  readonly onFix: (patch: CellPatch) => void;
}

/**
 * One pitfall: what NumPy did and what was probably meant, and its fixes. In English, what NumPy did is the
 * engine's own message for these inputs (it knows the shapes); in Japanese it is the notebook's general
 * words, with the engine's message one click away.
 */
function PitfallText({ pitfall: p, warning: w, inputs, onFix }: PitfallTextProps) {
  const lang = useLang();
  const t = useT();
  const pick = usePick();
  const fixes = p.fixes?.(inputs) ?? [];
  const live = w.message !== '';
  return (
    <>
      <h4>
        {pick(p.title)}
        {!live && <span className="pitfall-origin"> · {t('pitfalls.inSeed')}</span>}
      </h4>
      <p>
        <strong>{t('pitfalls.did')}</strong> {lang === 'en' && live ? w.message : pick(p.did)}
      </p>
      {lang !== 'en' && live && (
        <details className="pitfall-detail">
          <summary>{t('pitfalls.engineDetail')}</summary>
          <p lang="en">{w.message}</p>
        </details>
      )}
      <p>
        <strong>{t('pitfalls.meant')}</strong> {pick(p.meant)}
      </p>
      {fixes.length > 0 && (
        <div className="pitfall-fixes">
          {fixes.map((f) => (
            <button key={f.id} type="button" data-fix={f.id} onClick={() => onFix(f.patch)}>
              {pick(f.label)}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
