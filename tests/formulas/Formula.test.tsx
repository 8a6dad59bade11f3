// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Formula } from '../../src/formulas/Formula';

afterEach(cleanup);

const SIGMOID = String.raw`y = \frac{1}{1 + \exp(-x)}`;

/** The typeset formula in `container`, once KaTeX has loaded (its first load is slow under test). */
const typesetIn = (container: HTMLElement) =>
  waitFor(
    () => {
      const el = container.querySelector('.formula-typeset');
      if (!el) throw new Error('not typeset yet');
      return el;
    },
    { timeout: 15_000 },
  );

describe('Formula', () => {
  it('shows the TeX source as code until KaTeX has loaded, then the typeset formula in its place', async () => {
    const { container } = render(<Formula tex={SIGMOID} display />);
    expect(container.querySelector('code.formula-source')).toHaveTextContent(SIGMOID);
    await typesetIn(container);
    expect(container.querySelector('.formula-source')).toBeNull();
  });

  it('gives screen readers MathML and hides the visual HTML from them', async () => {
    const { container } = render(<Formula tex={SIGMOID} display />);
    const typeset = await typesetIn(container);
    expect(typeset.querySelector('.katex-display .katex-html')).toHaveAttribute('aria-hidden', 'true');
    expect(typeset.querySelector('math mfrac')).not.toBeNull();
    expect(container.querySelector('[data-formula]')).toHaveAttribute('data-formula', SIGMOID);
  });

  it('renders bad TeX as KaTeX’s error text instead of throwing', async () => {
    const { container } = render(<Formula tex={String.raw`\frac{1}{`} />);
    expect((await typesetIn(container)).querySelector('.katex-error')).not.toBeNull();
  });

  it('is inline unless asked to display', async () => {
    const { container } = render(<Formula tex="x" />);
    await typesetIn(container);
    expect(container.querySelector('.formula')).not.toHaveClass('formula--display');
    expect(container.querySelector('.katex-display')).toBeNull();
  });
});
