import katex from 'katex';
import 'katex/dist/katex.min.css';

/**
 * TeX as KaTeX's HTML, with MathML beside it for screen readers. Bad TeX is shown in red, never thrown.
 * This module, KaTeX and its CSS and fonts form one chunk, loaded only when a formula is shown.
 */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { throwOnError: false, output: 'htmlAndMathml', displayMode: display });
}
