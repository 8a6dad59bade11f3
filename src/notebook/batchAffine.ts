import { array, createRandomState } from '../engine';
import type { CellDefinition } from './cellDefinition';

const dY = array(
  [
    [1, 2, 3],
    [4, 5, 6],
  ],
  'int64',
);

/**
 * The seed's Affine(X, B) slip (In [64]-[67]) as it would run after np.random.seed(0): X = rand(2),
 * W = rand(2, 3), B = rand(3) (the Affine section), then W = rand(3, 2), B = rand(2); X becomes the weights.
 */
function seedSlip() {
  const rng = createRandomState(0);
  const X = rng.rand(2);
  rng.rand(2, 3);
  rng.rand(3);
  rng.rand(3, 2);
  const B = rng.rand(2);
  return {
    x: array(
      [
        [1.0, -0.5],
        [-2.0, 3.0],
      ],
      'float64',
    ),
    W: X,
    b: B,
    dout: array([1, 1], 'float64'),
  };
}

/** The seed's "バッチ版Affineレイヤ" section: X_dot_W + B broadcast over rows, dB = np.sum(dY, axis=0). */
export const batchAffineCell: CellDefinition = {
  id: 'batch-affine',
  title: { ja: 'バッチ版Affineレイヤ', en: 'The Affine layer for a batch' },
  commentary: [
    {
      source: 'ours',
      text: {
        ja: 'バッチでは X の 1 行が 1 サンプルです。X・W は (N, 3) になり、形 (3,) の B はブロードキャストされて全ての行に足されます。ここでは x = [[0], [10]] と W = [[1, 1, 1]] の積がシードの X_dot_W = [[0, 0, 0], [10, 10, 10]] になります。',
        en: "In a batch each row of X is one sample. X·W has shape (N, 3), and B, of shape (3,), is broadcast: added to every row. Here x = [[0], [10]] times W = [[1, 1, 1]] gives the seed's X_dot_W = [[0, 0, 0], [10, 10, 10]].",
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'B は全ての行に足されたので、その勾配は dY を行方向に足し合わせたもの: dB = np.sum(dY, axis=0) = [5 7 9]。dW = xᵀ・dY、dx = dY・Wᵀ です。',
        en: 'Because B was added to every row, its gradient is dY summed over the rows: dB = np.sum(dY, axis=0) = [5 7 9]. Likewise dW = xᵀ·dY and dx = dY·Wᵀ.',
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'シードの最後の二つの例は Affine(X, B) と呼んでいます。重みとして前の節の 1 次元の X を渡しているので、結果は (2, 3) ではなく (2,) になります（下の「落とし穴」を参照）。',
        en: "The seed's last two examples call Affine(X, B): the 1-D X of the previous section is passed as the weights, so the result has shape (2,) instead of (2, 3) (see the pitfalls below).",
      },
    },
  ],
  source: [
    {
      prompt: 23,
      code: `X_dot_W = np.array([[0,0,0], [10,10,10]])`,
    },
    {
      prompt: 24,
      code: `B = np.array([1,2,3])`,
    },
    {
      prompt: 25,
      code: `X_dot_W`,
      output: `array([[ 0,  0,  0],
       [10, 10, 10]])`,
    },
    {
      prompt: 26,
      code: `X_dot_W + B`,
      output: `array([[ 1,  2,  3],
       [11, 12, 13]])`,
    },
    {
      prompt: 28,
      code: `dY = np.array([[1,2,3], [4,5,6]])`,
    },
    {
      prompt: 29,
      code: `dY`,
      output: `array([[1, 2, 3],
       [4, 5, 6]])`,
    },
    {
      prompt: 30,
      code: `dB = np.sum(dY, axis=0)
dB`,
      output: `array([5, 7, 9])`,
    },
    {
      prompt: 64,
      code: `class Affine:
    def __init__(self, W, b):
        self.W =W
        self.b = b
        
        self.x = None
        self.original_x_shape = None
        # 重み・バイアスパラメータの微分
        self.dW = None
        self.db = None

    def forward(self, x):
        # テンソル対応
        self.original_x_shape = x.shape
        x = x.reshape(x.shape[0], -1)
        self.x = x

        out = np.dot(self.x, self.W) + self.b

        return out

    def backward(self, dout):
        dx = np.dot(dout, self.W.T)
        self.dW = np.dot(self.x.T, dout)
        self.db = np.sum(dout, axis=0)
        
        dx = dx.reshape(*self.original_x_shape)  # 入力データの形状に戻す（テンソル対応）
        return dx`,
    },
    {
      prompt: 65,
      code: `x = np.array([[1.0,-0.5], [-2.0,3.0]])
x.shape`,
      output: `(2, 2)`,
    },
    {
      prompt: 66,
      code: `W = np.random.rand(3, 2)
B = np.random.rand(2)`,
    },
    {
      prompt: 67,
      code: `affine = Affine(X, B)
print(affine.forward(x))`,
      output: `[ 1.39177161 -0.83866631]`,
    },
    {
      prompt: 68,
      code: `W = np.random.rand(4, 2)
B = np.random.rand(2)`,
    },
    {
      prompt: 69,
      code: `affine = Affine(X, B)
print(affine.forward(x))`,
      output: `[ 1.05722903 -0.79437147]`,
    },
  ],
  inputs: [
    { name: 'x', label: 'x' },
    { name: 'W', label: 'W' },
    { name: 'b', label: 'B' },
  ],
  presets: [
    {
      id: 'seed-batch',
      label: { ja: 'シードの X_dot_W と B', en: "The seed's X_dot_W and B" },
      matrices: {
        x: array([[0], [10]], 'int64'),
        W: array([[1, 1, 1]], 'int64'),
        b: array([1, 2, 3], 'int64'),
        dout: dY,
      },
    },
    {
      id: 'seed-slip',
      label: { ja: 'シードの Affine(X, B)', en: "The seed's Affine(X, B)" },
      matrices: seedSlip(),
      dout: 'ones',
    },
  ],
  seedDout: { kind: 'constant', value: dY },
  defaultDout: 'seed',
  pitfalls: ['affine-w-1d'],
};
