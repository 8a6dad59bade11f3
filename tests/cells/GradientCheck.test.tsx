// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createLangStore } from '../../src/i18n/langStore';
import { LangStoreContext } from '../../src/i18n/useT';
import fixture from '../fixtures/net-cell.json';
import { commitText, numpyOf, renderWithStore } from './renderWithStore';

vi.mock('../../src/charts/afterPaint', () => ({ afterPaint: () => () => {} }));
vi.mock('../../src/charts/loadPlotly', () => ({ loadPlotly: () => new Promise(() => {}) }));

const { TwoLayerNetCell } = await import('../../src/cells/TwoLayerNetCell/TwoLayerNetCell');

const CELL = 'two-layer-net';
const PARAMS = ['W1', 'b1', 'W2', 'b2'] as const;
const [defaults, , , kink] = fixture.cases;
// Numerical gradients agree with NumPy's to a few ulps of the loss over h (see the selector's tests).
const ATOL = (32 * Number.EPSILON * defaults.loss) / 1e-4;

const row = (container: HTMLElement, name: string) =>
  container.querySelector<HTMLElement>(`[data-cell="${CELL}"] [data-gradcheck="${name}"]`)!;
const valueOf = (container: HTMLElement, name: string) => row(container, name).getAttribute('data-value');

describe('the gradient check in <TwoLayerNetCell>', () => {
  it("puts each parameter's mean |backprop − numerical| in data-value as a plain number, as NumPy gets it", () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    for (const name of PARAMS) {
      const value = valueOf(container, name)!;
      expect(value).toBe(String(Number(value)));
      expect(Math.abs(Number(value) - defaults.gradcheck[name].mean), name).toBeLessThanOrEqual(ATOL);
      expect(Number(row(container, name).getAttribute('data-max'))).toBeCloseTo(
        defaults.gradcheck[name].max,
        11,
      );
    }
  });

  it('prints the lines gradient_check.py prints, key:diff, and draws a heatmap for each parameter', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const lines = screen.getByLabelText('What gradient_check.py prints').textContent!.split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual([...PARAMS]);
    // str() of a NumPy float64, as print() shows it: b2's 6.67…e-08 keeps Python's two-digit exponent.
    expect(lines[3]).toMatch(/^b2:6\.67\d+e-08$/);
    expect(Number(lines[0].slice(3))).toBe(Number(valueOf(container, 'W1')));
    for (const name of PARAMS)
      expect(container.querySelector(`[data-chart="gradcheck-${name}"]`)).not.toBeNull();
  });

  it('says no hidden unit is on the kink, and explains the 1e-7 with the smallest correct-class probability', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    const why = container.querySelector('[data-kinks]')!;
    expect(why).toHaveAttribute('data-kinks', '0');
    expect(why).toHaveTextContent('No hidden unit is within h of 0 now');
    expect(container.querySelector('[data-why="epsilon"]')).toHaveTextContent(/smallest such p is 0\.33/);
    for (const name of PARAMS) expect(row(container, name)).not.toHaveClass('gradcheck-row--far');
  });

  it('puts a hidden unit on the kink at the press of a button, and the check for W1 and b1 grows', () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    act(() => container.querySelector<HTMLButtonElement>('[data-kink-nudge]')!.click());
    const x = numpyOf(container, CELL, 'x');
    expect(x).toBe(kink.numpy.x);
    expect(container.querySelector('[data-kinks]')).toHaveAttribute('data-kinks', '1');
    expect(container.querySelector(`[data-kink="${kink.kinks[0].join(',')}"]`)).toHaveTextContent(
      'On the kink',
    );
    for (const name of ['W1', 'b1']) {
      expect(Number(valueOf(container, name))).toBeCloseTo(kink.gradcheck[name as 'W1'].mean, 10);
      expect(row(container, name)).toHaveClass('gradcheck-row--far');
    }
    expect(Number(valueOf(container, 'W2'))).toBeLessThan(1e-8);
  });

  it("empties every data-value and shows NumPy's message when the loss cannot be computed", () => {
    const { container } = renderWithStore(<TwoLayerNetCell />);
    commitText(container, CELL, 't', '[1, 7]');
    for (const name of PARAMS) expect(valueOf(container, name)).toBe('');
    expect(container.querySelector('[data-gradcheck-panel] [role="alert"]')).toHaveTextContent(
      'IndexError: index 7 is out of bounds for axis 1 with size 3',
    );
  });

  it('speaks Japanese in a Japanese page, with the same hooks', () => {
    const { container } = renderWithStore(
      <LangStoreContext value={createLangStore({ storage: null, languages: ['ja'] })}>
        <TwoLayerNetCell />
      </LangStoreContext>,
    );
    expect(container.querySelector('#gradcheck-title')).toHaveTextContent('勾配確認');
    expect(container.querySelector('#gradcheck-title')).not.toHaveTextContent('Gradient check');
    expect(screen.getByLabelText('gradient_check.py の出力')).toBeInTheDocument();
    expect(container.querySelector('[data-why="kink"]')).toHaveTextContent('折れ目');
    expect(container.querySelector('[data-step="next"]')).toHaveTextContent('次へ');
    for (const name of PARAMS) expect(valueOf(container, name)).not.toBe('');
  });
});
