import { screen } from '@testing-library/react';

/**
 * Finding an editing grid's elements by their NumPy index (`x[0, 1]`): only the active element and those
 * holding an invalid draft are text boxes; the others are cells showing their text, titled with the index.
 */

/** The text box of element `label`; fails when it has none (not active, no invalid draft). */
export function box(label: string): HTMLInputElement {
  return screen.getByRole('textbox', { name: label }) as HTMLInputElement;
}

/** What to click to edit element `label`: its text box, or the cell standing for it. */
export function cell(label: string): HTMLElement {
  return screen.queryByRole('textbox', { name: label }) ?? screen.getByTitle(label);
}

/** The text element `label` shows: its box's (draft included), or its cell's. */
export function shown(label: string): string {
  const found = cell(label);
  return found instanceof HTMLInputElement ? found.value : (found.textContent ?? '');
}
