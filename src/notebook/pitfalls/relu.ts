import { toFloatFix } from './fixes';
import type { Pitfall } from './pitfall';

const useOnes = {
  id: 'dout-ones',
  label: { en: 'Use dout = np.ones_like(out)', ja: 'dout = np.ones_like(out) にする' },
  patch: { dout: 'ones' },
} as const;

/** ReLU's surprises, the seed's in-place backward first. */
export const RELU_PITFALLS: Readonly<Record<string, Pitfall>> = {
  'relu-inplace-dout': {
    title: {
      en: "The seed's Relu.backward overwrites dout",
      ja: 'シードの Relu.backward は dout を書き換える',
    },
    did: {
      en: 'dout[self.mask] = 0 writes into the array it was given, and dx = dout hands that same array back. The seed calls relu.backward(x), so x itself loses its negative values: after In [32], x is [[1. 0.] [0. 3.]], and anything else holding that array sees the change too.',
      ja: 'dout[self.mask] = 0 は渡された配列そのものに書き込み、dx = dout はその同じ配列を返します。シードは relu.backward(x) と呼ぶので、x 自身の負の値が消えます。In [32] の後の x は [[1. 0.] [0. 3.]] で、同じ配列を持つ他の変数にも変更が及びます。',
    },
    meant: {
      en: 'A backward pass that leaves its input alone: dx = dout.copy() then dx[self.mask] = 0 (or dx = dout * ~self.mask). This notebook computes it that way, so x stays as you typed it and dx is a new array.',
      ja: '入力を変えない backward です: dx = dout.copy() としてから dx[self.mask] = 0（または dx = dout * ~self.mask）。このノートブックはそう計算するので、x は入力したままで、dx は新しい配列です。',
    },
  },
  'relu-mask-meaning': {
    title: { en: 'What the mask marks', ja: 'mask が示すもの' },
    did: {
      en: 'mask = (x <= 0) is True where x is 0 or negative: the entries ReLU sets to 0.',
      ja: 'mask = (x <= 0) は x が 0 以下の位置で True、つまり ReLU が 0 にする位置です。',
    },
    meant: {
      en: 'Read True as "blocked": forward writes 0 there and backward passes no gradient there.',
      ja: 'True は「遮断」と読みます。forward はそこに 0 を書き、backward はそこに勾配を通しません。',
    },
  },
  'relu-int-input': {
    title: { en: 'Integer x stays integer', ja: '整数の x は整数のまま' },
    did: {
      en: "x is int64 (like the seed's np.array(range(10))), so out = x.copy() is int64 too, and so are dout and dx when dout = x.",
      ja: 'x は int64（シードの np.array(range(10)) と同じ）なので、out = x.copy() も int64 で、dout = x なら dout と dx も int64 です。',
    },
    meant: {
      en: 'Nothing is wrong for ReLU; but layers that divide or use exp will turn it into float64, and in-place writes of fractions into an int array are truncated.',
      ja: 'ReLU では問題ありません。ただし割り算や exp を使うレイヤでは float64 になり、整数配列に小数を書き込むと切り捨てられます。',
    },
    fixes: (inputs) => [toFloatFix(inputs, ['x'])],
  },
  'relu-bool-input': {
    title: { en: 'A bool x', ja: 'bool の x' },
    did: {
      en: 'x is bool: x <= 0 is True exactly where x is False, so the mask is ~x and out equals x, still bool.',
      ja: 'x は bool です。x <= 0 は x が False の位置でちょうど True なので、mask は ~x、out は x と同じで bool のままです。',
    },
    meant: { en: 'Numbers: cast x to float64.', ja: '数値です。x を float64 に変換します。' },
    fixes: (inputs) => [toFloatFix(inputs, ['x'])],
  },
  'relu-mask-partial': {
    title: { en: 'A mask smaller than dout', ja: 'dout より小さい mask' },
    did: {
      en: 'dout has more axes than the mask, so dout[mask] = 0 zeroes whole rows (or blocks) of dout instead of single entries.',
      ja: 'dout の軸が mask より多いので、dout[mask] = 0 は要素ごとではなく dout の行（やブロック）全体を 0 にします。',
    },
    meant: { en: 'A dout shaped like out.', ja: 'out と同じ形の dout です。' },
    fixes: () => [useOnes],
  },
  'relu-mask-not-bool': {
    title: { en: 'A mask that is not bool', ja: 'bool でない mask' },
    did: {
      en: 'The mask holds numbers, so dout[mask] = 0 reads them as row indices (fancy indexing), not as True/False.',
      ja: 'mask が数値を持つので、dout[mask] = 0 はそれを True/False ではなく行番号（ファンシーインデックス）として読みます。',
    },
    meant: { en: 'A bool mask, as (x <= 0) gives.', ja: '(x <= 0) が作る bool の mask です。' },
  },
  'dout-is-x': {
    title: { en: 'dout = x: the input passed as the gradient', ja: 'dout = x: 入力を勾配として渡している' },
    did: {
      en: 'The seed calls backward(x), so the upstream gradient is x itself. NumPy does not mind (any array of the right shape will do), but dx then mixes the input into the gradient: for ReLU, dx equals out, which is why "nothing changed".',
      ja: 'シードは backward(x) と呼ぶので、上流からの勾配が x そのものです。形さえ合えば NumPy は気にしませんが、dx に入力の値が混ざります。ReLU では dx が out と同じになり、「実質変わってない」ように見えます。',
    },
    meant: {
      en: "The gradient coming from the layer above. Without one, use ones: dx then shows the layer's own local derivative (the mask for ReLU, (1 − y) y for Sigmoid).",
      ja: '上のレイヤから来る勾配です。それがなければ ones を使います。すると dx はレイヤ自身の局所的な微分（ReLU なら mask、Sigmoid なら (1 − y) y）を示します。',
    },
    fixes: () => [useOnes],
  },
};
