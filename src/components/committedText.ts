/**
 * The committed text of each editor box the app fills itself (uncontrolled, without a `defaultValue`
 * prop): what the box shows when it holds no draft. Whoever needs to tell a draft from the committed
 * value (undo keys) asks here; a box not listed falls back to its `defaultValue`.
 */
const committed = new WeakMap<HTMLInputElement | HTMLTextAreaElement, string>();

/** Fills `box` with its committed `text` and records it. */
export function fillCommitted(box: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  committed.set(box, text);
  if (box.value !== text) box.value = text;
}

/** The text `box` was last filled with as committed, or its `defaultValue` when the app never filled it. */
export function committedTextOf(box: HTMLInputElement | HTMLTextAreaElement): string {
  return committed.get(box) ?? box.defaultValue;
}
