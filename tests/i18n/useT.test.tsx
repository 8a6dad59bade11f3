// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext, useLang, usePick, useT } from '../../src/i18n/useT';

function Probe() {
  const t = useT();
  const pick = usePick();
  return (
    <p data-lang-now={useLang()}>
      {t('share.undo')} / {t('matrix.addRowAria', { label: 'W' })} / {pick({ ja: '勾配', en: 'gradient' })}
    </p>
  );
}

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

describe('useT, usePick and useLang', () => {
  it('render in the store’s language and re-render when it changes', () => {
    const store = createLangStore({ storage: null, languages: ['en'] });
    render(
      <LangStoreContext value={store}>
        <Probe />
      </LangStoreContext>,
    );
    const text = () => screen.getByText(/\//);
    expect(text()).toHaveTextContent('Undo / Add row to W / gradient');
    expect(text()).toHaveAttribute('data-lang-now', 'en');

    act(() => store.getState().choose('ja'));
    expect(text()).toHaveTextContent('元に戻す / W に行を追加 / 勾配');
    expect(text()).toHaveAttribute('data-lang-now', 'ja');
  });

  it("read the page's own store by default, which follows jsdom's en-US", () => {
    render(<Probe />);
    expect(screen.getByText(/\//)).toHaveTextContent('Undo');
  });
});
