import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DType, Tensor } from '../../engine';
import { useLang, useT } from '../../i18n/useT';
import { offsetOf, parseText } from './parseText';

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

const lineCount = (s: string): number => s.split('\n').length;

/**
 * The matrix as NumPy text in `textarea[data-numpy-input]`. Ctrl+Enter (or Apply) parses it with
 * `parseNumpy` and commits, so the shape and dtype may change; an error is shown with its line and
 * column, and the draft is kept. Escape goes back to the value in force.
 */
export function TextMode({ name, label, text, id, allowedDtypes, onCommit }: TextModeProps) {
  // null: no draft, the box follows the value in force.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  const lang = useLang();
  const t = useT();
  const shown = draft ?? text;
  // The box grows with a longer draft but never shrinks below the value in force, so pasting a one-line
  // list neither shrinks it while typed nor grows it back on commit: the page below keeps still.
  const rows = Math.max(2, lineCount(text), draft === null ? 0 : lineCount(draft));
  // The box is uncontrolled and refilled here, after the commit's other DOM changes: setting a focused
  // textarea's value makes the browser lay the page out at once (to place the caret), and done while
  // React commits, that layout would be thrown away by the changes after it and done again for the frame.
  useLayoutEffect(() => {
    const box = ref.current;
    if (box !== null && draft === null && box.value !== text) box.value = text;
  }, [draft, text]);

  const apply = () => {
    const result = parseText(shown, allowedDtypes, lang);
    if (!result.ok) {
      setError(result.message);
      const box = ref.current;
      if (box !== null && result.line !== undefined && result.column !== undefined) {
        const at = offsetOf(shown, result.line, result.column);
        box.focus();
        box.setSelectionRange(at, Math.min(shown.length, at + 1));
      }
      return;
    }
    setError(null);
    setDraft(null);
    onCommit(result.tensor);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      apply();
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      e.preventDefault();
      setDraft(null);
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
        defaultValue={text}
        rows={rows}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="mx-text-actions">
        <button type="button" className="mx-btn" aria-label={t('text.applyAria', { label })} onClick={apply}>
          {t('text.apply')}
        </button>
        <span className="mx-hint">Ctrl+Enter</span>
      </div>
      {error !== null && (
        <p className="mx-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
