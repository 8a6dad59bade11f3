import { useEffect } from 'react';
import { committedTextOf } from '../components/committedText';
import type { History } from '../store/history';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', '']);

/**
 * Whether the key's target is a text field being edited, whose own undo should win over the notebook's.
 * A textarea or a contenteditable always is; a text input only while it holds a draft (its value differs
 * from the committed one, see `committedTextOf`). `data-undo="notebook"` or `"native"` on the
 * field overrides the guess.
 */
export function isEditingText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const override = target.closest('[data-undo]')?.getAttribute('data-undo');
  if (override === 'notebook') return false;
  if (override === 'native') return true;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled;
  if (target instanceof HTMLInputElement) {
    if (!TEXT_INPUT_TYPES.has(target.type) || target.readOnly || target.disabled) return false;
    return target.value !== committedTextOf(target);
  }
  return false;
}

/** Which history step a key press asks for: Ctrl/⌘+Z undo; Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redo. */
export function undoKeyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>) {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Binds the notebook's undo and redo to the keyboard, page-wide, leaving text being edited alone. */
export function useUndoKeys(history: History, target: Window = window): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = undoKeyAction(e);
      if (action === null || e.defaultPrevented || isEditingText(e.target)) return;
      e.preventDefault();
      if (action === 'undo') history.undo();
      else history.redo();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [history, target]);
}
