import { array } from '../engine';
import type { CellDefinition } from './cellDefinition';

const seedX = array(
  [
    [1.0, -0.5],
    [-2.0, 3.0],
  ],
  'float64',
);
const rangeX = array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'int64');

/** The seed's "ReLUレイヤの実装" section: x, the mask, forward, and backward with dout = x. */
export const reluCell: CellDefinition = {
  id: 'relu',
  title: { ja: 'ReLUレイヤの実装', en: 'Implementing the ReLU layer' },
  commentary: [
    {
      source: 'seed',
      text: {
        ja: 'Reluはmask変数をもつ。０以上であればTrue、以下であればFalseになる。    \nあとはxの値がそのまま。',
        en: 'Relu has a mask variable. It is True where the value is 0 or more and False where it is below.\nThe rest keep the values of x as they are.',
      },
    },
    {
      source: 'seed',
      text: {
        ja: 'backwardした場合には0のところにゼロを入れて実質変わってない。',
        en: 'Running backward puts zeros where the zeros are, so in effect nothing changes.',
      },
    },
    { source: 'seed', text: { ja: '入力を変えてみる', en: "Let's change the input." } },
    {
      source: 'ours',
      text: {
        ja: 'mask = (x <= 0) は x が 0 以下の要素で True になります（シードのメモとは True と False が逆です）。True の位置を forward は 0 に置き換え、backward はそこで勾配を止めます。',
        en: "mask = (x <= 0) is True where x is 0 or less (the seed's note has True and False the other way round). Forward sets those entries to 0, and backward stops the gradient there.",
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'backward が使うのは forward で覚えた mask だけです: dx は x > 0 の位置で dout、それ以外で 0。シードは dout に x そのものを渡すので dx が out と同じに見えます。dout を ones にすると mask の働きがそのまま見えます。',
        en: 'Backward uses only the mask remembered from forward: dx is dout where x > 0 and 0 elsewhere. The seed passes x itself as dout, so dx looks just like out; switch dout to ones to see the mask at work.',
      },
    },
  ],
  source: [
    {
      prompt: 1,
      code: `import numpy as np
%matplotlib inline
import matplotlib.pyplot as plt`,
    },
    {
      prompt: 2,
      code: `class Relu:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = (x <= 0)
        out = x.copy()
        out[self.mask] = 0

        return out

    def backward(self, dout):
        dout[self.mask] = 0
        dx = dout

        return dx`,
    },
    {
      prompt: 27,
      code: `x = np.array([[1.0,-0.5], [-2.0,3.0]])
print(x)
print(x.shape)`,
      output: `[[ 1.  -0.5]
 [-2.   3. ]]
(2, 2)`,
    },
    {
      prompt: 28,
      code: `mask = (x <= 0)`,
    },
    {
      prompt: 29,
      code: `print(mask)`,
      output: `[[False  True]
 [ True False]]`,
    },
    {
      prompt: 30,
      code: `relu = Relu()
print(relu.forward(x))`,
      output: `[[1. 0.]
 [0. 3.]]`,
    },
    {
      prompt: 32,
      code: `print(relu.backward(x))
print(relu.backward(x))`,
      output: `[[1. 0.]
 [0. 3.]]
[[1. 0.]
 [0. 3.]]`,
    },
    {
      prompt: 33,
      code: `relu = Relu()
x = np.array(range(10))
print(x)
print(x.shape)`,
      output: `[0 1 2 3 4 5 6 7 8 9]
(10,)`,
    },
    {
      prompt: 36,
      code: `relu = Relu()
print(relu.forward(x))`,
      output: `[0 1 2 3 4 5 6 7 8 9]`,
    },
    {
      prompt: 37,
      code: `print(relu.backward(x))
print(relu.backward(x))`,
      output: `[0 1 2 3 4 5 6 7 8 9]
[0 1 2 3 4 5 6 7 8 9]`,
    },
  ],
  inputs: [{ name: 'x', label: 'x' }],
  presets: [
    {
      id: 'seed-2x2',
      label: { ja: 'シードの 2×2 の例', en: "The seed's 2×2 example" },
      matrices: { x: seedX, dout: seedX },
    },
    {
      id: 'seed-range',
      label: { ja: 'np.array(range(10))', en: 'np.array(range(10))' },
      matrices: { x: rangeX, dout: rangeX },
    },
  ],
  seedDout: { kind: 'input', name: 'x' },
  defaultDout: 'seed',
  pitfalls: ['relu-inplace-dout'],
};
