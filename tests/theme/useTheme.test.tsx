// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSystemScheme, createThemeChoiceStore, ThemeStoresContext } from '../../src/theme/themeStores';
import { useTheme, useThemeChoice } from '../../src/theme/useTheme';
import { fakeMedia } from './fakeMedia';

afterEach(cleanup);

function Probe() {
  return (
    <p>
      {useThemeChoice()} → {useTheme()}
    </p>
  );
}

describe('useTheme', () => {
  it('re-renders with the theme in force as the choice or the system changes', () => {
    const system = fakeMedia(false);
    const stores = { choice: createThemeChoiceStore(null), system: createSystemScheme(system.media) };
    render(
      <ThemeStoresContext value={stores}>
        <Probe />
      </ThemeStoresContext>,
    );
    const text = () => screen.getByText(/→/).textContent;
    expect(text()).toBe('system → light');
    act(() => system.set(true));
    expect(text()).toBe('system → dark');
    act(() => stores.choice.getState().choose('light'));
    expect(text()).toBe('light → light');
  });
});
