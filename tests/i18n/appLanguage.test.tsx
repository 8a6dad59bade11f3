// @vitest-environment jsdom
import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/App';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { renderWithStore } from '../cells/renderWithStore';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Parts other helpers own, which adopt the language layer on their own schedule.
const ELSEWHERE = '[data-export], [data-export-cell], [data-formulas], [data-training], [data-chart-slot]';

function renderApp() {
  const lang = createLangStore({ storage: null, languages: ['en-US'] });
  const view = renderWithStore(
    <LangStoreContext value={lang}>
      <App />
    </LangStoreContext>,
  );
  return { ...view, lang };
}

describe('the notebook in either language', () => {
  it('re-renders its texts when the language is switched, the numbers untouched', () => {
    const { container, lang } = renderApp();
    const relu = container.querySelector<HTMLElement>('[data-cell="relu"]')!;
    const numpy = () => relu.querySelector('[data-matrix="out"]')!.getAttribute('data-numpy');
    const before = numpy();
    expect(within(relu).getByRole('heading', { level: 2 })).toHaveTextContent('Implementing the ReLU layer');
    expect(within(relu).getByRole('button', { name: 'Share this cell' })).toBeInTheDocument();

    act(() => lang.getState().choose('ja'));
    expect(within(relu).getByRole('heading', { level: 2 }).textContent).toBe('ReLUレイヤの実装');
    expect(within(relu).getByRole('button', { name: 'このセルを共有' })).toBeInTheDocument();
    expect(within(relu).getByRole('group', { name: '順伝播 (forward)' })).toBeInTheDocument();
    expect(relu.querySelector('.seed-source summary')).toHaveTextContent('シードのコード');
    expect(relu.querySelector('[data-note-source="seed"]')).toHaveTextContent(
      /^シードのメモReluはmask変数をもつ/,
    );
    expect(numpy()).toBe(before);

    act(() => lang.getState().choose('en'));
    expect(within(relu).getByRole('button', { name: 'Share this cell' })).toBeInTheDocument();
  });

  it('leaves no English button text in Japanese but code and the language switch', () => {
    const { container, lang } = renderApp();
    act(() => lang.getState().choose('ja'));
    const untranslated = [...container.querySelectorAll('button, summary, h2, h3, h4, label, option')]
      .filter((el) => !el.closest(ELSEWHERE))
      .map((el) => el.textContent?.trim() ?? '')
      .filter((text) => text !== '' && !JAPANESE.test(text));
    const code = /^(print\(\)|English|np\.[\w.()]+|dout =.*|ones|np\.ones_like\(out\)|float64|int64|bool)$/;
    expect(untranslated.filter((text) => !code.test(text))).toEqual([]);
  });

  it('labels its regions and controls in Japanese too', () => {
    const { container, lang } = renderApp();
    act(() => lang.getState().choose('ja'));
    const english = [...container.querySelectorAll('[aria-label]')]
      .filter((el) => !el.closest(ELSEWHERE))
      .map((el) => el.getAttribute('aria-label') ?? '')
      .filter((label) => !JAPANESE.test(label));
    // Matrix cells are labelled by their NumPy index (x[0, 1]), a name in both languages.
    expect(english.filter((label) => !/^[\w]+\[[\d, ()]*\]$/.test(label))).toEqual([]);
  });
});
