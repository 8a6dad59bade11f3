/** A colour theme the page is drawn in. */
export type Theme = 'light' | 'dark';

/** What the reader chose: follow the system's setting, or one theme whatever it says. */
export type ThemeChoice = 'system' | Theme;

/** Every choice, in the order the switch shows them. */
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Where the reader's choice is remembered. */
export const THEME_STORAGE_KEY = 'layer-explorer:theme';

/** The theme to draw: the chosen one, or with 'system' the one the system prefers. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}
