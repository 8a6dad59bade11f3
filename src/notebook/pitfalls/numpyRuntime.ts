import type { Pitfall } from './pitfall';

type Kind = 'overflow' | 'invalid' | 'divide';

const DID: Record<Kind, (op: string) => Pitfall['did']> = {
  overflow: (op) => ({
    en: `NumPy printed "RuntimeWarning: overflow encountered in ${op}" and carried on: a result was too large for float64 and became inf.`,
    ja: `NumPy は「overflow encountered in ${op}」と警告して計算を続けました。float64 に収まらない結果が inf になっています。`,
  }),
  invalid: (op) => ({
    en: `NumPy printed "RuntimeWarning: invalid value encountered in ${op}" and carried on: an undefined operation gave nan.`,
    ja: `NumPy は「invalid value encountered in ${op}」と警告して計算を続けました。定義されない演算の結果が nan になっています。`,
  }),
  divide: (op) => ({
    en: `NumPy printed "RuntimeWarning: divide by zero encountered in ${op}" and carried on with ±inf.`,
    ja: `NumPy は「divide by zero encountered in ${op}」と警告し、±inf のまま計算を続けました。`,
  }),
};

const MEANT: Record<Kind, Pitfall['meant']> = {
  overflow: {
    en: 'Values of a more usual size: inputs in the tens, not the hundreds, keep exp and products finite.',
    ja: 'もっと普通の大きさの値です。入力が数百ではなく数十程度なら、exp や積は有限に収まります。',
  },
  invalid: {
    en: 'Finite inputs: nan comes from an inf or nan already in an input, or from a log of a negative number.',
    ja: '有限の入力です。nan は入力にすでにある inf や nan、あるいは負の数の log から生まれます。',
  },
  divide: {
    en: 'A non-zero divisor (or a probability above 0 inside log).',
    ja: '0 でない割る数（あるいは log の中の 0 より大きい確率）です。',
  },
};

const TITLE: Record<Kind, string> = {
  overflow: 'Overflow',
  invalid: 'Invalid value (nan)',
  divide: 'Division by zero',
};
const TITLE_JA: Record<Kind, string> = {
  overflow: 'オーバーフロー',
  invalid: '不正な値 (nan)',
  divide: 'ゼロ除算',
};

function runtime(kind: Kind, op: string, meant = MEANT[kind]): Pitfall {
  return {
    title: { en: `${TITLE[kind]} in ${op}`, ja: `${op} での${TITLE_JA[kind]}` },
    did: DID[kind](op),
    meant,
  };
}

/** NumPy's RuntimeWarnings: it keeps computing with inf or nan and only prints a line. */
export const NUMPY_RUNTIME_PITFALLS: Readonly<Record<string, Pitfall>> = {
  'numpy-overflow-exp': runtime('overflow', 'exp', {
    en: 'Nothing, in sigmoid: exp(-x) = inf gives 1 / (1 + inf) = 0, the right answer. In softmax the book subtracts the row maximum first so exp never overflows.',
    ja: 'sigmoid では問題ありません。exp(-x) = inf なら 1 / (1 + inf) = 0 で正しい値です。softmax では本のコードが先に行の最大値を引くので exp はあふれません。',
  }),
  'numpy-divide-log': runtime('divide', 'log'),
  'numpy-invalid-log': runtime('invalid', 'log'),
  'numpy-overflow-add': runtime('overflow', 'add'),
  'numpy-invalid-add': runtime('invalid', 'add'),
  'numpy-overflow-subtract': runtime('overflow', 'subtract'),
  'numpy-invalid-subtract': runtime('invalid', 'subtract'),
  'numpy-overflow-multiply': runtime('overflow', 'multiply'),
  'numpy-invalid-multiply': runtime('invalid', 'multiply'),
  'numpy-divide-divide': runtime('divide', 'divide'),
  'numpy-overflow-divide': runtime('overflow', 'divide'),
  'numpy-invalid-divide': runtime('invalid', 'divide'),
  'numpy-divide-scalar-divide': runtime('divide', 'scalar divide', {
    en: 'A batch with at least one row: the loss is divided by the batch size.',
    ja: '少なくとも 1 行あるバッチです。損失はバッチサイズで割られます。',
  }),
  'numpy-invalid-scalar-divide': runtime('invalid', 'scalar divide', {
    en: 'A batch with at least one row: the loss is divided by the batch size.',
    ja: '少なくとも 1 行あるバッチです。損失はバッチサイズで割られます。',
  }),
  'numpy-overflow-dot': runtime('overflow', 'dot'),
  'numpy-invalid-dot': runtime('invalid', 'dot'),
  'numpy-overflow-reduce': runtime('overflow', 'reduce'),
  'numpy-invalid-reduce': runtime('invalid', 'reduce'),
};
