import type { Bilingual } from '../notebook/cellDefinition';
import type { CellId } from '../notebook/cellIds';

/** One of the book's equations, as TeX (KaTeX on the page, MathJax in Jupyter), with what it says. */
export interface BookFormula {
  /** Stable within its cell: `forward`, `dx`, `dW`, ... */
  readonly id: string;
  readonly label: Bilingual;
  readonly tex: string;
}

const FORWARD: Bilingual = { ja: '順伝播', en: 'forward' };

const affineForward: BookFormula = {
  id: 'forward',
  label: FORWARD,
  tex: String.raw`\mathbf{Y} = \mathbf{X} \cdot \mathbf{W} + \mathbf{B}`,
};
const affineDX: BookFormula = {
  id: 'dx',
  label: { ja: '逆伝播: 入力の勾配', en: 'backward: gradient of the input' },
  tex: String.raw`\frac{\partial L}{\partial \mathbf{X}} = \frac{\partial L}{\partial \mathbf{Y}} \cdot \mathbf{W}^{\mathrm{T}}`,
};
const affineDW: BookFormula = {
  id: 'dW',
  label: { ja: '逆伝播: 重みの勾配', en: 'backward: gradient of the weights' },
  tex: String.raw`\frac{\partial L}{\partial \mathbf{W}} = \mathbf{X}^{\mathrm{T}} \cdot \frac{\partial L}{\partial \mathbf{Y}}`,
};

/**
 * The book's equations beside each layer (chapter 5). The two-layer net is built from these layers, so
 * it has none of its own.
 */
export const FORMULAS: Readonly<Partial<Record<CellId, readonly BookFormula[]>>> = {
  relu: [
    {
      id: 'forward',
      label: FORWARD,
      tex: String.raw`y = \begin{cases} x & (x > 0) \\ 0 & (x \leq 0) \end{cases}`,
    },
    {
      id: 'dx',
      label: { ja: '逆伝播: 局所的な微分', en: 'backward: the local derivative' },
      tex: String.raw`\frac{\partial y}{\partial x} = \begin{cases} 1 & (x > 0) \\ 0 & (x \leq 0) \end{cases}`,
    },
  ],
  sigmoid: [
    { id: 'forward', label: FORWARD, tex: String.raw`y = \frac{1}{1 + \exp(-x)}` },
    {
      id: 'dx',
      label: { ja: '逆伝播: 出力 y だけで書ける', en: 'backward: written with the output y alone' },
      tex: String.raw`\frac{\partial L}{\partial x} = \frac{\partial L}{\partial y} \cdot y(1 - y)`,
    },
  ],
  affine: [
    affineForward,
    affineDX,
    affineDW,
    {
      id: 'dB',
      label: {
        ja: '逆伝播: バイアスの勾配（1 サンプル）',
        en: 'backward: gradient of the bias (one sample)',
      },
      tex: String.raw`\frac{\partial L}{\partial \mathbf{B}} = \frac{\partial L}{\partial \mathbf{Y}}`,
    },
  ],
  'batch-affine': [
    affineForward,
    affineDX,
    affineDW,
    {
      id: 'dB',
      label: {
        ja: '逆伝播: バイアスの勾配は 0 番目の軸（サンプル）方向の和',
        en: 'backward: the gradient of the bias sums over axis 0 (the samples)',
      },
      tex: String.raw`\frac{\partial L}{\partial B_j} = \sum_{n=1}^{N} \frac{\partial L}{\partial Y_{nj}}`,
    },
  ],
  'softmax-with-loss': [
    {
      id: 'softmax',
      label: { ja: 'Softmax（a はこのページの x）', en: 'softmax (a is x on this page)' },
      tex: String.raw`y_k = \frac{\exp(a_k)}{\sum_{i=1}^{n} \exp(a_i)}`,
    },
    {
      id: 'loss',
      label: {
        ja: '交差エントロピー誤差（バッチでは平均）',
        en: 'cross-entropy error (averaged over a batch)',
      },
      tex: String.raw`L = -\sum_{k} t_k \log y_k`,
    },
    {
      id: 'dx',
      label: { ja: '逆伝播: バッチサイズ N で割る', en: 'backward: divided by the batch size N' },
      tex: String.raw`\frac{\partial L}{\partial \mathbf{a}} = \frac{\mathbf{y} - \mathbf{t}}{N}`,
    },
  ],
};

/** The book's equations for `cell`, in reading order (none for a cell without its own). */
export function formulasOf(cell: CellId): readonly BookFormula[] {
  return FORMULAS[cell] ?? [];
}
