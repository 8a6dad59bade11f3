// @vitest-environment jsdom
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { FORMULAS, formulasOf } from '../../src/formulas/formulas';
import { CELL_IDS } from '../../src/notebook/cellIds';

/** What a formula reads as once typeset: the text of KaTeX's MathML, without the TeX annotation. */
function reads(tex: string): string {
  const host = document.createElement('div');
  host.innerHTML = katex.renderToString(tex, { output: 'mathml', throwOnError: true });
  host.querySelector('annotation')?.remove();
  // Fractions read numerator first; U+2061 (function application) is invisible.
  return host.textContent!.replace(/[\s\u2061]+/g, '');
}

const texOf = (cell: (typeof CELL_IDS)[number], id: string) => formulasOf(cell).find((f) => f.id === id)!.tex;

describe('FORMULAS', () => {
  it('every formula is TeX that KaTeX typesets without an error', () => {
    for (const list of Object.values(FORMULAS)) {
      for (const f of list)
        expect(() => katex.renderToString(f.tex, { throwOnError: true }), f.tex).not.toThrow();
    }
  });

  it('gives each layer cell its forward and backward, each labelled in Japanese and English', () => {
    for (const cell of CELL_IDS.filter((c) => c !== 'two-layer-net')) {
      const list = formulasOf(cell);
      expect(list.length, cell).toBeGreaterThanOrEqual(2);
      expect(new Set(list.map((f) => f.id)).size).toBe(list.length);
      for (const f of list) expect(f.label.ja && f.label.en).toBeTruthy();
    }
  });

  it('ReLU: y is x where x > 0 and 0 elsewhere; its derivative 1 or 0', () => {
    expect(reads(texOf('relu', 'forward'))).toBe('y={x(x>0)0(x≤0)');
    expect(reads(texOf('relu', 'dx'))).toBe('∂y∂x={1(x>0)0(x≤0)');
  });

  it('Sigmoid: y = 1/(1 + exp(−x)) and ∂L/∂x = ∂L/∂y · y(1 − y)', () => {
    expect(reads(texOf('sigmoid', 'forward'))).toBe('y=11+exp(−x)');
    expect(reads(texOf('sigmoid', 'dx'))).toBe('∂L∂x=∂L∂y⋅y(1−y)');
  });

  it('Affine: Y = X·W + B, ∂L/∂X = ∂L/∂Y · Wᵀ, ∂L/∂W = Xᵀ · ∂L/∂Y; the batch sums dB over axis 0', () => {
    for (const cell of ['affine', 'batch-affine'] as const) {
      expect(reads(texOf(cell, 'forward'))).toBe('Y=X⋅W+B');
      expect(reads(texOf(cell, 'dx'))).toBe('∂L∂X=∂L∂Y⋅WT');
      expect(reads(texOf(cell, 'dW'))).toBe('∂L∂W=XT⋅∂L∂Y');
    }
    expect(reads(texOf('affine', 'dB'))).toBe('∂L∂B=∂L∂Y');
    expect(reads(texOf('batch-affine', 'dB'))).toBe('∂L∂Bj=∑n=1N∂L∂Ynj');
  });

  it('Softmax-with-Loss: y_k = exp(a_k)/Σ exp(a_i), L = −Σ t_k log y_k, ∂L/∂a = (y − t)/N', () => {
    expect(reads(texOf('softmax-with-loss', 'softmax'))).toBe('yk=exp(ak)∑i=1nexp(ai)');
    expect(reads(texOf('softmax-with-loss', 'loss'))).toBe('L=−∑ktklogyk');
    expect(reads(texOf('softmax-with-loss', 'dx'))).toBe('∂L∂a=y−tN');
  });

  it('has none for the two-layer net, which is built from these layers', () => {
    expect(formulasOf('two-layer-net')).toEqual([]);
  });
});
