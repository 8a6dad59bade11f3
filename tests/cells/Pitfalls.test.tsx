// @vitest-environment jsdom
import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Pitfalls } from '../../src/cells/Pitfalls';
import { warning } from '../../src/engine';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import { renderWithStore } from './renderWithStore';

describe('Pitfalls', () => {
  it('renders nothing when the cell has nothing to explain', () => {
    const { container } = renderWithStore(<Pitfalls cell="sigmoid" warnings={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("explains a warning with the engine's own words for what NumPy did, and what was probably meant", () => {
    const w = warning('softmax-t-bool');
    const { container } = renderWithStore(<Pitfalls cell="softmax-with-loss" warnings={[w]} />);
    const item = container.querySelector<HTMLElement>('[data-pitfall="softmax-t-bool"]')!;
    expect(item).toHaveTextContent(`What NumPy did: ${w.message}`);
    expect(item).toHaveTextContent('What you probably meant: Integer labels: t.astype(int).');
  });

  it("explains it in Japanese in Japanese, with the engine's English message one click away", () => {
    const w = warning('softmax-t-bool');
    const ja = createLangStore({ storage: null, languages: ['ja-JP'] });
    const { container } = renderWithStore(
      <LangStoreContext value={ja}>
        <Pitfalls cell="softmax-with-loss" warnings={[w]} />
      </LangStoreContext>,
    );
    const item = container.querySelector<HTMLElement>('[data-pitfall="softmax-t-bool"]')!;
    expect(item.querySelector('h4')).toHaveTextContent('マスクとして使われる bool の t');
    expect(item).toHaveTextContent('おそらく意図していたこと: 整数のラベルです: t.astype(int)。');
    expect(item.querySelector('details [lang="en"]')).toHaveTextContent(w.message);
    expect(within(item).getByRole('button', { name: 't.astype(int) にする' })).toBeInTheDocument();
  });

  it('applies a fix to the cell in one click', () => {
    const { container, store } = renderWithStore(
      <Pitfalls cell="sigmoid" warnings={[warning('dout-is-x', { layer: 'sigmoid' })]} />,
    );
    fireEvent.click(within(container).getByRole('button', { name: 'Use dout = np.ones_like(out)' }));
    expect(store.getState().inputs.sigmoid.dout).toBe('ones');
  });

  it("lists a cell's always-explained points before the warnings, each once", () => {
    const { container } = renderWithStore(
      <Pitfalls
        cell="relu"
        warnings={[warning('relu-inplace-dout', { count: 2 }), warning('relu-mask-meaning')]}
      />,
    );
    const codes = [...container.querySelectorAll('[data-pitfall]')].map((el) =>
      el.getAttribute('data-pitfall'),
    );
    expect(codes).toEqual(['relu-inplace-dout', 'relu-mask-meaning']);
  });

  it('still shows the message of a code it has no explanation for', () => {
    const { container } = renderWithStore(
      <Pitfalls cell="sigmoid" warnings={[{ code: 'brand-new', message: 'Something new happened.' }]} />,
    );
    expect(container.querySelector('[data-pitfall="brand-new"]')).toHaveTextContent(
      'Something new happened.',
    );
  });
});
