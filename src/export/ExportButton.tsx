import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { useNotebook } from '../store/useNotebook';
import { isExportable } from './cellProgram';
import { copyText, selectContents } from './copyText';
import { pythonScript } from './pythonScript';
import './export.css';

/** Where the last copy went: the script copied, or the script selected for the reader to copy. */
type Copy = { readonly kind: 'copied' | 'selected'; readonly script: string } | null;

/**
 * A cell's "Export to Python": `[data-export="python"]` opens the self-contained script for the cell's
 * current inputs in `[data-export-code]` and copies it to the clipboard; where the browser refuses,
 * the script is selected instead, ready for Ctrl+C. Renders nothing for a cell with no export.
 */
export function ExportButton({ cell }: { cell: CellId }) {
  const inputs = useNotebook((s) => s.inputs[cell]);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<Copy>(null);
  const codeRef = useRef<HTMLPreElement>(null);
  const panelId = useId();
  const exportable = isExportable(cell);
  // The script follows the inputs while the panel is open, and is not built while it is closed.
  const script = useMemo(
    () => (open && exportable ? pythonScript(cell, inputs) : ''),
    [open, exportable, cell, inputs],
  );
  // A copy of an older script no longer counts once the inputs change.
  const current = copy !== null && copy.script === script ? copy.kind : null;

  useEffect(() => {
    if (current === 'selected' && codeRef.current) selectContents(codeRef.current);
  }, [current]);

  if (!exportable) return null;

  const copyScript = async (text: string) => {
    setCopy({ kind: (await copyText(text)) ? 'copied' : 'selected', script: text });
  };
  const toggle = () => {
    if (open) {
      setOpen(false);
      setCopy(null);
      return;
    }
    setOpen(true);
    void copyScript(pythonScript(cell, inputs));
  };
  const title = CELLS[cell].title.en;

  return (
    <div className="export" data-export-cell={cell}>
      <button
        type="button"
        data-export="python"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        Python に書き出す · Export to Python
      </button>
      {open && (
        <div className="export-panel" id={panelId}>
          <div className="export-bar">
            <button type="button" data-export-copy onClick={() => void copyScript(script)}>
              コピー · Copy
            </button>
            <span className="export-status" role="status" data-copied={current === 'copied'}>
              {current === 'copied' && 'コピーしました · Copied to the clipboard'}
              {current === 'selected' &&
                '選択しました。Ctrl+C（⌘C）でコピー · Selected: press Ctrl+C (⌘C) to copy'}
            </span>
          </div>
          <pre
            ref={codeRef}
            className="export-code"
            data-export-code={cell}
            tabIndex={0}
            aria-label={`Python script: ${title}`}
          >
            <code>{script}</code>
          </pre>
        </div>
      )}
    </div>
  );
}
