import type { EngineWarning } from '../engine';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { PITFALLS } from '../notebook/pitfalls';
import { useNotebook } from '../store/useNotebook';

interface PitfallsProps {
  readonly cell: CellId;
  readonly warnings: readonly EngineWarning[];
}

/** Explains, in plain words, each surprise NumPy has in store for this cell's inputs, with a fix where there is one. */
export function Pitfalls({ cell, warnings }: PitfallsProps) {
  const inputs = useNotebook((s) => s.inputs[cell]);
  const patchCell = useNotebook((s) => s.patchCell);
  // The cell's always-explained points come first; if the inputs raise one too, its live message wins.
  const always = (CELLS[cell].pitfalls ?? []).map(
    (code) => warnings.find((w) => w.code === code) ?? { code, message: '' },
  );
  const shown = [...always, ...warnings.filter((w) => !always.includes(w))];
  if (shown.length === 0) return null;
  return (
    <aside className="pitfalls" aria-label="Pitfalls" data-pitfalls={cell}>
      <h3>
        <span lang="ja">落とし穴</span> · Pitfalls
      </h3>
      <ul className="pitfall-list">
        {shown.map((w) => {
          const p = PITFALLS[w.code];
          if (!p) {
            return (
              <li key={w.code} className="pitfall" data-pitfall={w.code}>
                <p>{w.message}</p>
              </li>
            );
          }
          const fixes = p.fixes?.(inputs) ?? [];
          return (
            <li key={w.code} className="pitfall" data-pitfall={w.code}>
              <h4>
                {p.title.en}
                {w.message === '' && <span className="pitfall-origin"> · in the seed&apos;s code</span>}
              </h4>
              <p>
                <strong>What NumPy did:</strong> {w.message || p.did.en}
              </p>
              <p>
                <strong>What you probably meant:</strong> {p.meant.en}
              </p>
              <p className="pitfall-ja" lang="ja">
                {p.title.ja}：{p.did.ja} {p.meant.ja}
              </p>
              {fixes.length > 0 && (
                <div className="pitfall-fixes">
                  {fixes.map((f) => (
                    <button key={f.id} type="button" data-fix={f.id} onClick={() => patchCell(cell, f.patch)}>
                      {f.label.en}
                    </button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
