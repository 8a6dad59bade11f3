import { memo } from 'react';
import type { SeedCodeCell } from '../notebook/cellDefinition';
import { highlightPython } from './highlightPython';

function PythonCode({ code }: { code: string }) {
  return (
    <pre className="py">
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
  return (
    <details className="seed-source" open>
      <summary>
        <span lang="ja">シードのコード</span> · The seed&apos;s Python
      </summary>
      {cells.map((c, i) => (
        <div className="seed-code-cell" key={i}>
          <span className="seed-prompt" aria-hidden="true">
            In [{c.prompt}]:
          </span>
          <PythonCode code={c.code} />
          {c.output !== undefined && (
            <pre className="seed-output" aria-label="What the seed printed">
              {c.output}
            </pre>
          )}
        </div>
      ))}
    </details>
  );
});
