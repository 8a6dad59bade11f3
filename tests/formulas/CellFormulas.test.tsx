// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CellFormulas } from '../../src/formulas/CellFormulas';
import { formulasOf } from '../../src/formulas/formulas';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';

afterEach(cleanup);

describe('CellFormulas', () => {
  it("lists the cell's equations in order, each with its label in the page's language", () => {
    const { container } = render(<CellFormulas cell="sigmoid" />);
    const rows = [...container.querySelectorAll('[data-formulas="sigmoid"] [data-formula-id]')];
    expect(rows.map((r) => r.getAttribute('data-formula-id'))).toEqual(
      formulasOf('sigmoid').map((f) => f.id),
    );
    const second = within(rows[1] as HTMLElement);
    expect(second.getByText(formulasOf('sigmoid')[1].label.en)).toHaveAttribute('lang', 'en');
    expect(second.queryByText(formulasOf('sigmoid')[1].label.ja)).toBeNull();
  });

  it('follows the language switch to Japanese', () => {
    render(
      <LangStoreContext value={createLangStore({ storage: null, languages: ['ja'] })}>
        <CellFormulas cell="relu" />
      </LangStoreContext>,
    );
    expect(screen.getByText('本の式')).toBeInTheDocument();
    expect(screen.getByText('順伝播')).toHaveAttribute('lang', 'ja');
    expect(screen.queryByText("The book's equations")).toBeNull();
  });

  it('speaks one language when given one', () => {
    render(<CellFormulas cell="relu" lang="en" />);
    expect(screen.getByText("The book's equations")).toBeInTheDocument();
    expect(screen.getByText('forward')).toHaveAttribute('lang', 'en');
    expect(screen.queryByText('順伝播')).toBeNull();
  });

  it('typesets every equation once KaTeX has loaded', async () => {
    const { container } = render(<CellFormulas cell="softmax-with-loss" />);
    await waitFor(() => expect(container.querySelectorAll('.formula-typeset math')).toHaveLength(3), {
      timeout: 15_000,
    });
  });

  it('renders nothing for a cell without equations of its own', () => {
    const { container } = render(<CellFormulas cell="two-layer-net" />);
    expect(container.innerHTML).toBe('');
  });
});
