/**
 * Copies `text` to the clipboard where the browser allows it (a secure page, permission granted).
 * Resolves to whether it did; never rejects, so the caller can fall back to selecting the text.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects the whole text of `element`, so that Ctrl+C (⌘C) copies it. */
export function selectContents(element: HTMLElement): void {
  // Focus first: focusing can move the selection.
  element.focus();
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
