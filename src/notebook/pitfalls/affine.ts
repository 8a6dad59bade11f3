import { createRandomState } from '../../engine';
import type { CellInputs } from '../../store/types';
import { batchAffineCell } from '../batchAffine';
import { reshaped, toFloatFix } from './fixes';
import type { Pitfall, PitfallFix } from './pitfall';

/** The seed's slip replayed: its x, with the 1-D X as W and the later B = rand(2) as b. */
function reproduceSlip(): PitfallFix {
  const slip = batchAffineCell.presets.find((p) => p.id === 'seed-slip')!;
  return {
    id: 'load-seed-slip',
    label: { en: "See it: load the seed's Affine(X, B)", ja: 'シードの Affine(X, B) を読み込んで見る' },
    patch: { matrices: slip.matrices, dout: slip.dout },
  };
}

/** A proper weight matrix for x: W = rand(columns of x, 3) and B = rand(3), after np.random.seed(0). */
function properWeights(inputs: CellInputs): PitfallFix {
  const x = inputs.matrices.x;
  const rng = createRandomState(0);
  const cols = x.ndim === 2 ? x.shape[1] : 1;
  return {
    id: 'affine-2d-weights',
    label: {
      en: `Use Affine(W, B) with W = rand(${cols}, 3), B = rand(3)`,
      ja: `W = rand(${cols}, 3)、B = rand(3) で Affine(W, B) にする`,
    },
    patch: { matrices: { W: rng.rand(cols, 3), b: rng.rand(3) }, dout: 'ones' },
  };
}

/** The Affine layer's surprises, the seed's Affine(X, B) slip among them. */
export const AFFINE_PITFALLS: Readonly<Record<string, Pitfall>> = {
  'affine-w-1d': {
    title: {
      en: "The seed's Affine(X, B): a vector where W belongs",
      ja: 'シードの Affine(X, B): W の位置にベクトル',
    },
    did: {
      en: "In [67] and [69] build the layer as Affine(X, B): X, the 1-D input of the Affine section, becomes the weights, and the W just drawn is never used. np.dot of the (2, 2) x with a (2,) vector is a matrix–vector product, so the output is 1-D, shape (2,), and the B of shape (2,) fits by chance. backward breaks: np.dot(dout, W.T) is then a single number that cannot be reshaped back to x's shape.",
      ja: 'In [67] と [69] は Affine(X, B) とレイヤを作っています。Affine の節の 1 次元の入力 X が重みになり、直前に作った W は使われません。(2, 2) の x と (2,) のベクトルの np.dot は行列とベクトルの積なので出力は形 (2,) の 1 次元になり、形 (2,) の B がたまたま合います。backward は壊れます: np.dot(dout, W.T) が 1 つの数になり、x の形に戻せません。',
    },
    meant: {
      en: 'Affine(W, B) with a 2-D W: one row per column of x, one column per output, and B with one value per output.',
      ja: '2 次元の W を使う Affine(W, B) です。W の行数は x の列数、列数は出力の数で、B は出力ごとに 1 つの値を持ちます。',
    },
    fixes: (inputs) => [inputs.matrices.W.ndim === 1 ? properWeights(inputs) : reproduceSlip()],
  },
  'affine-1d-x': {
    title: { en: 'A 1-D x is read as a column of samples', ja: '1 次元の x はサンプルの列として読まれる' },
    did: {
      en: 'The Affine class runs x.reshape(x.shape[0], -1): a (n,) vector becomes (n, 1), n samples of one feature each, not one sample of n features.',
      ja: 'Affine クラスは x.reshape(x.shape[0], -1) を実行します。(n,) のベクトルは (n, 1)、つまり特徴 1 つのサンプル n 個になり、特徴 n 個のサンプル 1 つにはなりません。',
    },
    meant: { en: 'One sample as a row: x.reshape(1, -1).', ja: '1 行の 1 サンプルです: x.reshape(1, -1)。' },
    fixes: (inputs) => [
      {
        id: 'x-row',
        label: { en: 'Make x one row: x.reshape(1, -1)', ja: 'x を 1 行にする: x.reshape(1, -1)' },
        patch: { matrices: { x: reshaped(inputs.matrices.x, [1, inputs.matrices.x.size]) } },
      },
    ],
  },
  'affine-w-scalar': {
    title: { en: 'A scalar W', ja: 'スカラーの W' },
    did: {
      en: 'W is 0-d, so np.dot(x, W) only scales x: every output is a multiple of one input.',
      ja: 'W が 0 次元なので、np.dot(x, W) は x を定数倍するだけです。',
    },
    meant: { en: 'A weight matrix: one row per column of x.', ja: '重み行列です。行数は x の列数です。' },
    fixes: (inputs) => [properWeights(inputs)],
  },
  'affine-bias-broadcast': {
    title: { en: 'b broadcast in an unexpected way', ja: 'b が思わぬ形でブロードキャストされた' },
    did: {
      en: 'b does not have one value per output column, so NumPy stretched it over the output (or the output over it) by its broadcasting rules, without a word.',
      ja: 'b が出力の列ごとに 1 つの値になっていないので、NumPy はブロードキャストの規則で黙って引き伸ばしました。',
    },
    meant: {
      en: 'b of shape (n,), n the number of columns of W: one bias per output, added to every row.',
      ja: '形 (n,) の b（n は W の列数）です。出力ごとに 1 つのバイアスが全ての行に足されます。',
    },
    fixes: (inputs) => {
      const { b, W } = inputs.matrices;
      const n = W.ndim === 2 ? W.shape[1] : -1;
      if (b.size !== n) return [];
      return [
        {
          id: 'b-flat',
          label: { en: `Make b 1-D: b.reshape(${n})`, ja: `b を 1 次元にする: b.reshape(${n})` },
          patch: { matrices: { b: reshaped(b, [n]) } },
        },
      ];
    },
  },
  'affine-int': {
    title: { en: 'All-integer Affine stays integer', ja: '整数だけの Affine は整数のまま' },
    did: {
      en: "x, W and b are all int64, so out, dx, dW and db are int64 too, as in the seed's X_dot_W + B = [[ 1  2  3] [11 12 13]].",
      ja: 'x、W、b がすべて int64 なので、out、dx、dW、db も int64 です。シードの X_dot_W + B = [[ 1  2  3] [11 12 13]] と同じです。',
    },
    meant: {
      en: 'Nothing wrong here; real weights are float64, and one float input makes every result float64.',
      ja: 'ここでは問題ありません。実際の重みは float64 で、入力が 1 つでも float なら結果はすべて float64 になります。',
    },
    fixes: (inputs) => [toFloatFix(inputs, ['x', 'W', 'b'])],
  },
};
