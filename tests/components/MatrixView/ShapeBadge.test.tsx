// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShapeBadge } from '../../../src/components/MatrixView/ShapeBadge';

afterEach(cleanup);

describe('ShapeBadge', () => {
  it('reads as NumPy’s shape tuple followed by the dtype', () => {
    expect(render(<ShapeBadge shape={[2, 2]} dtype="float64" />).container).toHaveTextContent(
      '(2, 2) float64',
    );
    cleanup();
    expect(render(<ShapeBadge shape={[3]} dtype="int64" />).container).toHaveTextContent('(3,) int64');
    cleanup();
    expect(render(<ShapeBadge shape={[]} dtype="bool" />).container).toHaveTextContent('() bool');
  });
});
