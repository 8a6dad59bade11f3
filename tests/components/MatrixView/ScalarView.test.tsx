// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScalarView } from '../../../src/components/MatrixView/ScalarView';

afterEach(cleanup);

const rootOf = (container: HTMLElement) => container.querySelector('[data-matrix="loss"]') as HTMLElement;

describe('ScalarView', () => {
  it('data-numpy is the value as NumPy prints a float64 scalar', () => {
    const { container } = render(<ScalarView name="loss" value={0.10406420174253615} />);
    expect(rootOf(container)).toHaveAttribute('data-numpy', '0.10406420174253615');
    expect(rootOf(container)).toHaveTextContent('0.10406420174253615');
  });

  it('prints whole numbers and tiny values as Python does', () => {
    const { container } = render(<ScalarView name="loss" value={2} />);
    expect(rootOf(container)).toHaveAttribute('data-numpy', '2.0');
    cleanup();
    const { container: c2 } = render(<ScalarView name="loss" value={1e-7} />);
    expect(rootOf(c2)).toHaveAttribute('data-numpy', '1e-07');
  });

  it('in error mode sets data-numpy="" and shows the message as role="alert"', () => {
    const { container } = render(<ScalarView name="loss" value={null} error="bad shapes" />);
    expect(rootOf(container)).toHaveAttribute('data-numpy', '');
    expect(within(rootOf(container)).getByRole('alert')).toHaveTextContent('bad shapes');
  });
});
