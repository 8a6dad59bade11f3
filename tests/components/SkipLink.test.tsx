// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLink } from '../../src/components/SkipLink';
import { langStore } from '../../src/i18n/langStore';

afterEach(cleanup);

/** A stand-in for the first cell: a grid whose first box is its tab stop. */
function FirstCell() {
  return (
    <section id="relu" data-cell="relu">
      <table role="grid">
        <tbody>
          <tr>
            <td role="gridcell">
              <input aria-label="x[0, 0]" tabIndex={0} />
            </td>
            <td role="gridcell">
              <input aria-label="x[0, 1]" tabIndex={-1} />
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

describe('SkipLink', () => {
  it('is the first tab stop and moves the focus to the first cell’s grid tab stop, leaving the URL alone', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SkipLink />
        <button type="button">a header control</button>
        <FirstCell />
      </>,
    );
    const hash = location.hash;
    await user.tab();
    const link = screen.getByRole('link');
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('x[0, 0]')).toHaveFocus();
    expect(location.hash).toBe(hash);
  });

  it('falls back to its href (#relu) while the first cell has no grid', () => {
    render(<SkipLink />);
    expect(screen.getByRole('link')).toHaveAttribute('href', '#relu');
  });

  it('speaks the page’s language', () => {
    render(<SkipLink />);
    act(() => langStore.getState().choose('ja'));
    expect(screen.getByRole('link')).toHaveTextContent('最初のセルへ移動');
    act(() => langStore.getState().choose('en'));
    expect(screen.getByRole('link')).toHaveTextContent('Skip to the first cell');
  });
});
