import { useMemo } from 'react';
import { useTexRenderer } from './useTexRenderer';
import './formulas.css';

interface FormulaProps {
  /** The formula in TeX. */
  readonly tex: string;
  /** On a line of its own (KaTeX's display mode) rather than inline. */
  readonly display?: boolean;
}

/**
 * A formula typeset by KaTeX, as HTML for the eye and MathML for screen readers. Until KaTeX has loaded
 * (or if it cannot), the TeX source stands in its place as code.
 */
export function Formula({ tex, display = false }: FormulaProps) {
  const render = useTexRenderer();
  const html = useMemo(() => (render ? render(tex, display) : null), [render, tex, display]);
  return (
    <span className={display ? 'formula formula--display' : 'formula'} data-formula={tex}>
      {html !== null ? (
        <span className="formula-typeset" dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <code className="formula-source">{tex}</code>
      )}
    </span>
  );
}
