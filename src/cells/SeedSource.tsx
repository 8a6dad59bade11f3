import { memo } from 'react';
import { useT } from '../i18n/useT';
import type { SeedCodeCell } from '../notebook/cellDefinition';
import { useScrollFocus } from '../components/useScrollFocus';
import { highlightPython } from './highlightPython';

/** Python source, read-only and highlighted. */
export function PythonCode({ code }: { code: string }) {
  const preRef = useScrollFocus<HTMLPreElement>(code);
  return (
    <pre className="py" ref={preRef}>
      <code>
        {highlightPython(code).map((t, i) =>
          t.kind === 'text' ? (
            t.text
          ) : (
            <span key={i} className={`py-${t.kind}`}>
              {t.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}

/** The seed's Python for one section, read-only and highlighted, each code cell with what it printed. */
export const SeedSource = memo(function SeedSource({ cells }: { cells: readonly SeedCodeCell[] }) {
  const t = useT();
  // The seed's closing section has no code of its own: no empty box for it.
  if (cells.length === 0) return null;
  return (
    <details className="seed-source" open>
      <summary>{t('seedSource.summary')}</summary>
      {cells.map((c, i) => (
        <div className="seed-code-cell" key={i}>
          <span className="seed-prompt" aria-hidden="true">
            In [{c.prompt}]:
          </span>
          <PythonCode code={c.code} />
          {c.output !== undefined && (
            <pre className="seed-output" aria-label={t('seedSource.output')}>
              {c.output}
            </pre>
          )}
        </div>
      ))}
    </details>
  );
});
