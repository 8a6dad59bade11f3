// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { ThemeSwitch } from '../../src/theme/ThemeSwitch';
import { createSystemScheme, createThemeChoiceStore, ThemeStoresContext } from '../../src/theme/themeStores';
import { fakeMedia } from './fakeMedia';

afterEach(cleanup);

function renderSwitch() {
  const system = fakeMedia(false);
  const stores = { choice: createThemeChoiceStore(null), system: createSystemScheme(system.media) };
  const lang = createLangStore({ storage: null, languages: ['en'] });
  const view = render(
    <LangStoreContext value={lang}>
      <ThemeStoresContext value={stores}>
        <ThemeSwitch />
      </ThemeStoresContext>
    </LangStoreContext>,
  );
  const button = (choice: string) =>
    view.container.querySelector<HTMLElement>(`[data-theme-choice="${choice}"]`)!;
  return { ...view, stores, lang, button };
}

describe('ThemeSwitch', () => {
  it('offers system, light and dark, with system pressed until the reader chooses', () => {
    const { button } = renderSwitch();
    expect(button('system')).toHaveAttribute('aria-pressed', 'true');
    expect(button('light')).toHaveAttribute('aria-pressed', 'false');
    expect(button('dark')).toHaveTextContent('Dark');
    expect(screen.getByRole('group', { name: 'Colour theme' })).toBeInTheDocument();
  });

  it('chooses a theme with a click', async () => {
    const { button, stores } = renderSwitch();
    await userEvent.click(button('dark'));
    expect(stores.choice.getState().value).toBe('dark');
    expect(button('dark')).toHaveAttribute('aria-pressed', 'true');
    expect(button('system')).toHaveAttribute('aria-pressed', 'false');
  });

  it('speaks the page language', () => {
    const { button, lang } = renderSwitch();
    act(() => lang.getState().choose('ja'));
    expect(button('system')).toHaveTextContent('システム設定');
    expect(screen.getByRole('group', { name: '配色' })).toBeInTheDocument();
  });
});
