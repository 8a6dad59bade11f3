import { describe, expect, it } from 'vitest';
import { resolveTheme, THEME_CHOICES, THEME_STORAGE_KEY } from '../../src/theme/theme';

describe('resolveTheme', () => {
  it("follows the system's preference under 'system'", () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('keeps an explicit choice whatever the system prefers', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('offers system, light and dark, remembered under layer-explorer:theme', () => {
    expect(THEME_CHOICES).toEqual(['system', 'light', 'dark']);
    expect(THEME_STORAGE_KEY).toBe('layer-explorer:theme');
  });
});
