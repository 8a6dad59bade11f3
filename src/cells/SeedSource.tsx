import { memo } from 'react';
import { useT } from '../i18n/useT';
import type { SeedCodeCell } from '../notebook/cellDefinition';
import { useScrollFocus } from '../components/useScrollFocus';
import { highlightPython } from './highlightPython';

/**
 * Python source, read-only and highlighted; `label` names it (in the page's language) for when a line too
 * long for the box makes it a tab stop.
 */
export function PythonCode({ code, label }: { code: string; label: string }) {
  const preRef = useScrollFocus<HTMLPreElement>(code);
  return (
    <pre className="py" ref={preRef} aria-label={label}>
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

/**
 * What a code cell printed, as it printed it: NumPy's columns line up, so a line too long for the box
 * scrolls (and the box is then a tab stop) rather than wraps.
 */
function SeedOutput({ text, label }: { text: string; label: string }) {
  const preRef = useScrollFocus<HTMLPreElement>(text);
  return (
    <pre className="seed-output" ref={preRef} aria-label={label}>
      {text}
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
          <PythonCode code={c.code} label={t('seedSource.code', { prompt: String(c.prompt) })} />
          {c.output !== undefined && <SeedOutput text={c.output} label={t('seedSource.output')} />}
        </div>
      ))}
    </details>
  );
});
