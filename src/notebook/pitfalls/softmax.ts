import { astype, tensor } from '../../engine';
import type { CellInputs } from '../../store/types';
import { oneHot, reshaped, rowArgmax } from './fixes';
import type { Pitfall, PitfallFix } from './pitfall';

const list = (xs: readonly (number | string)[]): string => `[${xs.join(', ')}]`;

/** For a one-row t against an (N, C) x, as the seed's t = [[0, 1]]: repeat its class over every row. */
function repeatRowFixes({ matrices: { x, t } }: CellInputs): PitfallFix[] {
  if (x.ndim !== 2 || t.ndim !== 2 || t.shape[0] !== 1 || t.shape[1] !== x.shape[1]) return [];
  const rows = x.shape[0];
  const labels = new Array<number>(rows).fill(rowArgmax(t).data[0]);
  const row = list(Array.from(oneHot(labels.slice(0, 1), x.shape[1]).data));
  return [
    {
      id: 't-one-hot',
      label: {
        en: `Use one-hot t = ${list(labels.map(() => row))}`,
        ja: `one-hot の t = ${list(labels.map(() => row))} にする`,
      },
      patch: { matrices: { t: oneHot(labels, x.shape[1]) } },
    },
    {
      id: 't-labels',
      label: { en: `Use labels t = ${list(labels)}`, ja: `ラベル t = ${list(labels)} にする` },
      patch: { matrices: { t: tensor([rows], 'int64', Float64Array.from(labels)) } },
    },
  ];
}

/** Softmax-with-Loss's surprises, mostly about the shape of t. */
export const SOFTMAX_PITFALLS: Readonly<Record<string, Pitfall>> = {
  'softmax-t-shape-mismatch': {
    title: { en: "t's shape does not match y's", ja: 't の形が y と合わない' },
    did: {
      en: "t's size differs from y's, so the book's code reads t as class labels, and y[np.arange(batch_size), t] broadcasts np.arange against t's shape. With the seed's t = [[0, 1]] the loss picks y[0, 0] and y[1, 1], while backward takes batch_size = t.shape[0] = 1 and subtracts 1 from both entries of row 0.",
      ja: 't の要素数が y と違うので、本のコードは t をクラスラベルとして読み、y[np.arange(batch_size), t] で np.arange が t の形にブロードキャストされます。シードの t = [[0, 1]] では、損失は y[0, 0] と y[1, 1] を選び、backward は batch_size = t.shape[0] = 1 として 0 行目の 2 つの要素から 1 を引きます。',
    },
    meant: {
      en: 'One answer per row of x: a one-hot t with the same shape as y, or a label vector with one entry per row.',
      ja: 'x の行ごとに 1 つの正解です。y と同じ形の one-hot の t か、行ごとに 1 つの値を持つラベルのベクトルです。',
    },
    fixes: repeatRowFixes,
  },
  'softmax-t-reshaped': {
    title: { en: "t has y's size but not its shape", ja: 't の要素数は y と同じだが形が違う' },
    did: {
      en: "t has as many entries as y, so it is taken as one-hot and reduced with t.argmax(axis=1) as it stands, though its rows do not line up with y's.",
      ja: 't の要素数が y と同じなので one-hot とみなされ、行が y と揃っていないまま t.argmax(axis=1) されます。',
    },
    meant: { en: 'A one-hot t shaped like y.', ja: 'y と同じ形の one-hot の t です。' },
    fixes: ({ matrices: { x, t } }) =>
      x.ndim === 2 && t.size === x.size
        ? [
            {
              id: 't-reshape',
              label: { en: `Reshape t to ${list(x.shape)}`, ja: `t を ${list(x.shape)} の形にする` },
              patch: { matrices: { t: reshaped(t, x.shape) } },
            },
          ]
        : [],
  },
  'softmax-t-not-one-hot': {
    title: { en: 't is not one-hot', ja: 't が one-hot になっていない' },
    did: {
      en: "Some rows of t are not a single 1 among 0s. The loss keeps only each row's argmax, while backward subtracts all of t from y.",
      ja: 't のいくつかの行が「0 の中に 1 つだけ 1」になっていません。損失は各行の argmax だけを使い、backward は t 全体を y から引きます。',
    },
    meant: {
      en: 'Exactly one 1 per row, at the correct class.',
      ja: '各行の正解クラスにちょうど 1 つの 1 です。',
    },
    fixes: ({ matrices: { t } }) =>
      t.ndim === 2
        ? [
            {
              id: 't-argmax-one-hot',
              label: { en: "One-hot of each row's largest entry", ja: '各行の最大の位置で one-hot にする' },
              patch: { matrices: { t: oneHot(Array.from(rowArgmax(t).data), t.shape[1]) } },
            },
          ]
        : [],
  },
  'softmax-t-bool': {
    title: { en: 'A bool t used as a mask', ja: 'マスクとして使われる bool の t' },
    did: {
      en: 'A bool t that is not one-hot-sized is used by y[np.arange(N), t] as a True/False mask over the classes, not as labels.',
      ja: 'one-hot の大きさでない bool の t は、y[np.arange(N), t] の中でラベルではなくクラスの True/False マスクとして使われます。',
    },
    meant: { en: 'Integer labels: t.astype(int).', ja: '整数のラベルです: t.astype(int)。' },
    fixes: ({ matrices: { t } }) => [
      {
        id: 't-int',
        label: { en: 'Use t.astype(int)', ja: 't.astype(int) にする' },
        patch: { matrices: { t: astype(t, 'int64') } },
      },
    ],
  },
  'softmax-1d-batch': {
    title: { en: 'One sample, divided by the wrong batch size', ja: '1 サンプルなのにバッチサイズで割る' },
    did: {
      en: 'x is 1-D (one sample), but backward takes batch_size = t.shape[0], the number of classes, and divides the gradient by it.',
      ja: 'x は 1 次元（1 サンプル）ですが、backward は batch_size = t.shape[0]（クラス数）として勾配をそれで割ります。',
    },
    meant: {
      en: 'A batch of one: x and t as single rows.',
      ja: '1 つだけのバッチです: x と t を 1 行にします。',
    },
    fixes: ({ matrices: { x, t } }) =>
      x.ndim === 1 && t.size === x.size
        ? [
            {
              id: 'one-row',
              label: { en: 'Make x and t one row each', ja: 'x と t をそれぞれ 1 行にする' },
              patch: { matrices: { x: reshaped(x, [1, x.size]), t: reshaped(t, [1, t.size]) } },
            },
          ]
        : [],
  },
  'softmax-1d-labels': {
    title: { en: 'A 1-D y with a label breaks backward', ja: '1 次元の y とラベルでは backward が壊れる' },
    did: {
      en: 'forward reshapes a 1-D y and its label into one row and works, but backward indexes the 1-D dx with two index arrays, dx[np.arange(batch_size), t], and NumPy raises an IndexError.',
      ja: 'forward は 1 次元の y とラベルを 1 行に直して動きますが、backward は 1 次元の dx を 2 つのインデックス配列 dx[np.arange(batch_size), t] で参照し、NumPy は IndexError を出します。',
    },
    meant: {
      en: 'A batch of one: x as one row, t as one label.',
      ja: '1 つだけのバッチです: x を 1 行、t をラベル 1 つにします。',
    },
    fixes: ({ matrices: { x, t } }) =>
      x.ndim === 1 && t.size === 1
        ? [
            {
              id: 'one-row-label',
              label: { en: 'Make x one row and t one label', ja: 'x を 1 行、t をラベル 1 つにする' },
              patch: { matrices: { x: reshaped(x, [1, x.size]), t: reshaped(t, [1]) } },
            },
          ]
        : [],
  },
  'softmax-nd-global': {
    title: { en: 'softmax over the whole array', ja: '配列全体での softmax' },
    did: {
      en: "The book's softmax works row by row only for 2-D x; otherwise it normalises over every element at once.",
      ja: '本の softmax が行ごとに働くのは x が 2 次元のときだけで、それ以外では全要素をまとめて正規化します。',
    },
    meant: { en: 'A 2-D x: one row per sample.', ja: '2 次元の x（1 行が 1 サンプル）です。' },
  },
  'label-negative': {
    title: { en: 'A negative label', ja: '負のラベル' },
    did: {
      en: 'NumPy counts negative indices from the end, so label -1 silently means the last class.',
      ja: 'NumPy は負のインデックスを末尾から数えるので、ラベル -1 は黙って最後のクラスを意味します。',
    },
    meant: { en: 'A class number from 0 to C − 1.', ja: '0 から C − 1 までのクラス番号です。' },
  },
  'fancy-index-repeated': {
    title: { en: 'A repeated index subtracts only once', ja: '重複したインデックスは 1 回しか引かれない' },
    did: {
      en: 'dx[np.arange(batch_size), t] -= 1 reads, subtracts and writes back; an element picked twice still loses only 1.',
      ja: 'dx[np.arange(batch_size), t] -= 1 は読み出し、引き算、書き戻しなので、2 回選ばれた要素からも 1 しか引かれません。',
    },
    meant: {
      en: 'One label per row, so no element is picked twice (np.subtract.at would accumulate).',
      ja: '行ごとに 1 つのラベルで、どの要素も 2 回選ばれないことです（np.subtract.at なら累積します）。',
    },
  },
  'cross-entropy-epsilon': {
    title: { en: 'The 1e-7 inside log', ja: 'log の中の 1e-7' },
    did: {
      en: "A probability at a correct label is below 1e-7, so the 1e-7 added inside np.log caps that sample's loss near 16.118 instead of letting it grow (or reach inf).",
      ja: '正解ラベルの確率が 1e-7 より小さいので、np.log の中で足される 1e-7 がそのサンプルの損失を約 16.118 で頭打ちにします。',
    },
    meant: {
      en: 'Nothing to fix: it keeps log(0) away. But the loss no longer tells how wrong the prediction is.',
      ja: '直すものはありません。log(0) を避けるためです。ただし損失は予測の外れ具合をもう表しません。',
    },
  },
  'softmax-dout-ignored': {
    title: { en: 'backward(dout=1) ignores dout', ja: 'backward(dout=1) は dout を使わない' },
    did: {
      en: 'SoftmaxWithLoss.backward never reads dout: it assumes the loss is the last node of the graph.',
      ja: 'SoftmaxWithLoss.backward は dout を読みません。損失がグラフの最後のノードだと仮定しています。',
    },
    meant: {
      en: 'To scale the gradient, multiply dx by dout yourself.',
      ja: '勾配を拡大縮小したいなら、dx に dout を自分で掛けます。',
    },
  },
};
