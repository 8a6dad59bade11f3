// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { Bi } from '../../src/training/Bi';

afterEach(cleanup);

describe('Bi', () => {
  it('shows only the English text in an English page', () => {
    render(<Bi ja="学習開始" en="Start" />);
    expect(screen.getByText('Start')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText('学習開始')).toBeNull();
  });

  it('shows only the Japanese text, and follows the switch back to English', () => {
    const store = createLangStore({ storage: null, languages: ['ja'] });
    render(
      <LangStoreContext value={store}>
        <Bi ja="学習開始" en="Start" />
      </LangStoreContext>,
    );
    expect(screen.getByText('学習開始')).toHaveAttribute('lang', 'ja');
    expect(screen.queryByText('Start')).toBeNull();
    act(() => store.getState().choose('en'));
    expect(screen.getByText('Start')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText('学習開始')).toBeNull();
  });
});
