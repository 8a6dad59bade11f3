import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Bilingual } from '../i18n/bilingual';
import { usePick } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { useNotebook } from '../store/useNotebook';
import { copyText, selectContents } from './copyText';
import { isExportable } from './exportable';
import './export.css';

const TEXT = {
  export: { ja: 'Python に書き出す', en: 'Export to Python' },
  copy: { ja: 'コピー', en: 'Copy' },
  copied: { ja: 'クリップボードにコピーしました', en: 'Copied to the clipboard' },
  selected: {
    ja: '選択しました: Ctrl+C（⌘C）でコピーしてください',
    en: 'Selected: press Ctrl+C (⌘C) to copy',
  },
} satisfies Record<string, Bilingual>;

/** The cell's script, from the exporter loaded on demand. */
async function scriptFor(cell: CellId, inputs: CellInputs): Promise<string> {
  const { pythonScript } = await import('./pythonScript');
  return pythonScript(cell, inputs);
}

/** Where the last copy went: the script copied, or the script selected for the reader to copy. */
type Copy = { readonly kind: 'copied' | 'selected'; readonly script: string } | null;

/**
 * A cell's "Export to Python": `[data-export="python"]` opens the self-contained script for the cell's
 * current inputs in `[data-export-code]` and copies it to the clipboard; where the browser refuses,
 * the script is selected instead, ready for Ctrl+C. Renders nothing for a cell with no export.
 */
export function ExportButton({ cell }: { cell: CellId }) {
  const inputs = useNotebook((s) => s.inputs[cell]);
  const pick = usePick();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<Copy>(null);
  const codeRef = useRef<HTMLPreElement>(null);
  const panelId = useId();
  const exportable = isExportable(cell);
  // The script follows the inputs while the panel is open, and is not built while it is closed; the
  // exporter loads on first use, so it costs nothing before the first numbers.
  const [built, setBuilt] = useState<{ readonly inputs: typeof inputs; readonly script: string } | null>(
    null,
  );
  useEffect(() => {
    if (!open || !exportable) return;
    let live = true;
    void scriptFor(cell, inputs).then((script) => live && setBuilt({ inputs, script }));
    return () => {
      live = false;
    };
  }, [open, exportable, cell, inputs]);
  const script = open && built?.inputs === inputs ? built.script : '';
  // A copy of an older script no longer counts once the inputs change.
  const current = copy !== null && copy.script === script ? copy.kind : null;

  // In the same commit as the status that says "Selected": a passive effect ran after it, so the status
  // could be read (and the page painted) before the selection existed.
  useLayoutEffect(() => {
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
    void scriptFor(cell, inputs).then(copyScript);
  };
  const title = pick(CELLS[cell].title);

  return (
    <div className="export" data-export-cell={cell}>
      <button
        type="button"
        data-export="python"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        {pick(TEXT.export)}
      </button>
      {open && (
        <div className="export-panel" id={panelId}>
          <div className="export-bar">
            <button type="button" data-export-copy onClick={() => void copyScript(script)}>
              {pick(TEXT.copy)}
            </button>
            <span className="export-status" role="status" data-copied={current === 'copied'}>
              {current === 'copied' && pick(TEXT.copied)}
              {current === 'selected' && pick(TEXT.selected)}
            </span>
          </div>
          <pre
            ref={codeRef}
            className="export-code"
            data-export-code={cell}
            tabIndex={0}
            aria-label={pick({ ja: `Python スクリプト: ${title}`, en: `Python script: ${title}` })}
          >
            <code>{script}</code>
          </pre>
        </div>
      )}
    </div>
  );
}
