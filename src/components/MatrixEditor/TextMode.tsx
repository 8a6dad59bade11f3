import { useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { PARSE_LIMITS, type DType, type Tensor } from '../../engine';
import { useLang, useT } from '../../i18n/useT';
import { numpyTextOf } from '../MatrixView/numpyText';
import { offsetOf, parseText } from './parseText';
import { said, wordsOf, type Said } from './said';

/** Props of `TextMode`. */
export interface TextModeProps {
  name: string;
  label: string;
  /** `str()` of the value in force: what the box shows until the learner types. */
  text: string;
  /** The textarea's id, for the toggle's `aria-controls`. */
  id: string;
  allowedDtypes: readonly DType[];
  onCommit: (t: Tensor) => void;
}

/** The box never grows past this many rows: a longer text scrolls inside it. */
const MAX_ROWS = 40;

/** Lines of `s`, counted only up to `MAX_ROWS` (a pasted megabyte is not split on every keystroke). */
function lineCount(s: string): number {
  let lines = 1;
  for (let i = s.indexOf('\n'); i !== -1 && lines < MAX_ROWS; i = s.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** What the box says under it: a refusal (worded when drawn) and, for full-width text, its ASCII form. */
interface TextError {
  readonly message: Said;
  readonly halfWidth?: string;
}

/**
 * The matrix as NumPy text in `textarea[data-numpy-input]`. Ctrl+Enter (or Apply) parses it with
 * `parseNumpy` and commits, so the shape and dtype may change; an error is shown with its line and
 * column, and the draft is kept. Escape goes back to the value in force.
 *
 * An applied draft stays in the box as the learner wrote it (with its caret and the box's own undo)
 * while the box has focus and the value it gave is in force; on leaving the box, or when the value
 * changes from elsewhere (reset, the grid, undo), the box shows NumPy's text of the value again.
 * Refilling a focused textarea also makes the browser lay the page out at once, to place the caret:
 * on every Ctrl+Enter, that was most of the edit's work before its frame.
 *
 * A paste that would make the text longer than PARSE_LIMITS.maxChars is refused before it reaches the
 * box (the draft stays as it was): a 10 MB text in a textarea costs seconds of layout on every keystroke.
 * A refusal of full-width text (`［１，２］` from a Japanese input method) offers its half-width form in
 * one click; it replaces the draft, and Ctrl+Enter applies it, so nothing changes unread.
 */
export function TextMode({ name, label, text, id, allowedDtypes, onCommit }: TextModeProps) {
  // null: no draft, the box follows the value in force.
  const [draft, setDraft] = useState<string | null>(null);
  // While the draft is applied: NumPy's text of the value it gave (`as`), and of the value in force when
  // it was applied (`from`, until the new value arrives; the same once it has).
  const [applied, setApplied] = useState<{ readonly from: string; readonly as: string } | null>(null);
  const [error, setError] = useState<TextError | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  const lang = useLang();
  const t = useT();
  if (applied !== null && text !== applied.from) {
    // The applied value has arrived; any later change of it comes from elsewhere and ends the draft.
    if (text === applied.as) setApplied({ from: text, as: text });
    else {
      setApplied(null);
      setDraft(null);
    }
  }
  const shown = draft ?? text;
  // The box grows with a longer draft but never shrinks below the value in force, so pasting a one-line
  // list neither shrinks it while typed nor grows it back on commit: the page below keeps still.
  const rows = Math.min(MAX_ROWS, Math.max(2, lineCount(text), draft === null ? 0 : lineCount(draft)));
  // The box is uncontrolled, filled here when it mounts and refilled after the commit's other DOM
  // changes, only when what it must show differs from what it holds. Not a defaultValue prop: React
  // writes that into the textarea's child text on every render (30 KB on a 64×64 matrix).
  useLayoutEffect(() => {
    const box = ref.current;
    if (box !== null && box.value !== shown) box.value = shown;
  }, [shown]);

  const apply = () => {
    const result = parseText(shown, allowedDtypes);
    if (!result.ok) {
      setError({ message: result.message, halfWidth: result.halfWidth });
      const box = ref.current;
      if (box !== null && result.line !== undefined && result.column !== undefined) {
        const at = offsetOf(shown, result.line, result.column);
        box.focus();
        box.setSelectionRange(at, Math.min(shown.length, at + 1));
      }
      return;
    }
    setError(null);
    // Cached on the tensor, which the store keeps: the editor's own text of the new value is this one.
    if (draft !== null) setApplied({ from: text, as: numpyTextOf(result.tensor) });
    onCommit(result.tensor);
  };
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = e.currentTarget;
    const pasted = e.clipboardData.getData('text/plain');
    const kept = box.value.length - (box.selectionEnd - box.selectionStart);
    if (kept + pasted.length <= PARSE_LIMITS.maxChars) return;
    e.preventDefault();
    const params = { length: kept + pasted.length, limit: PARSE_LIMITS.maxChars };
    setError({ message: said('text.pasteRefused', { reason: { parse: { code: 'textTooLong', params } } }) });
  };
  const takeHalfWidth = (halfWidth: string) => {
    setDraft(halfWidth);
    setApplied(null);
    setError(null);
    ref.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      apply();
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      e.preventDefault();
      setDraft(null);
      setApplied(null);
      setError(null);
    }
  };

  return (
    <div className="mx-text">
      <textarea
        ref={ref}
        id={id}
        className="mx-textarea"
        data-numpy-input={name}
        aria-label={t('text.boxAria', { label })}
        aria-invalid={error !== null || undefined}
        aria-describedby={error !== null ? errorId : undefined}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        onChange={(e) => {
          setDraft(e.target.value);
          setApplied(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          // Left with the applied text in force: show it as NumPy prints it.
          if (applied !== null) {
            setDraft(null);
            setApplied(null);
          }
        }}
      />
      <div className="mx-text-actions">
        <button type="button" className="mx-btn" aria-label={t('text.applyAria', { label })} onClick={apply}>
          {t('text.apply')}
        </button>
        <span className="mx-hint">Ctrl+Enter</span>
      </div>
      {error !== null && (
        <div className="mx-error" role="alert" id={errorId}>
          <p>{wordsOf(error.message, lang)}</p>
          {error.halfWidth !== undefined && (
            <p className="mx-error-fix">
              <button
                type="button"
                className="mx-btn"
                data-half-width={name}
                aria-label={t('text.halfWidthAria', { label })}
                onClick={() => takeHalfWidth(error.halfWidth ?? '')}
              >
                {t('text.halfWidth')}
              </button>{' '}
              <code>{t('text.halfWidthPreview', { text: clipped(error.halfWidth) })}</code>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** A preview short enough for one line under the box. */
function clipped(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
