/** What a key pressed in a grid cell asks for. */
export type KeyAction =
  /** Commit the cell's draft, then (if it was valid) move by rows/columns, stopping at the edges. */
  | { readonly kind: 'move'; readonly dr: number; readonly dc: number }
  /** Commit, then step to the next/previous cell in reading order; past either end, leave the grid. */
  | { readonly kind: 'step'; readonly step: 1 | -1 }
  /** Drop the draft: the cell shows its committed value again. */
  | { readonly kind: 'revert' };

/** The parts of a key event and of the cell's text box that decide the action. */
export interface KeyContext {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  /** An input method is composing text (Enter then confirms the composition, not the cell). */
  readonly composing: boolean;
  /** The box holds a draft that differs from the committed text. */
  readonly dirty: boolean;
  /** The caret is collapsed at the start / at the end of the text. */
  readonly caretAtStart: boolean;
  readonly caretAtEnd: boolean;
}

/**
 * Spreadsheet keys: Enter/Shift+Enter commit and move down/up, Tab/Shift+Tab right/left in reading
 * order, arrows move (Left/Right only move once the caret of a draft reaches its edge), Escape reverts.
 * Anything else (any Ctrl/Alt/Meta chord, any key while an input method composes) is left to the box.
 */
export function keyAction(k: KeyContext): KeyAction | null {
  if (k.composing || k.ctrlKey || k.altKey || k.metaKey) return null;
  switch (k.key) {
    case 'Enter':
      return { kind: 'move', dr: k.shiftKey ? -1 : 1, dc: 0 };
    case 'Tab':
      return { kind: 'step', step: k.shiftKey ? -1 : 1 };
    case 'Escape':
      return { kind: 'revert' };
    case 'ArrowUp':
      return { kind: 'move', dr: -1, dc: 0 };
    case 'ArrowDown':
      return { kind: 'move', dr: 1, dc: 0 };
    case 'ArrowLeft':
      return !k.dirty || k.caretAtStart ? { kind: 'move', dr: 0, dc: -1 } : null;
    case 'ArrowRight':
      return !k.dirty || k.caretAtEnd ? { kind: 'move', dr: 0, dc: 1 } : null;
    default:
      return null;
  }
}
