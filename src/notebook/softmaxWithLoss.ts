import { array } from '../engine';
import type { CellDefinition } from './cellDefinition';

/** The seed's "Softmax-with-Lossレイヤ" section: its loss of x against t = [[0,1]], and the gradient. */
export const softmaxWithLossCell: CellDefinition = {
  id: 'softmax-with-loss',
  title: { ja: 'Softmax-with-Lossレイヤ', en: 'The Softmax-with-Loss layer' },
  commentary: [
    {
      source: 'ours',
      text: {
        ja: 'softmax は各行のスコアを確率に変え、交差エントロピー誤差は正解クラスの確率の −log をバッチで平均したものです。逆伝播はとても簡単で、dx = (y − t) / batch_size。',
        en: 'Softmax turns each row of scores into probabilities; the cross-entropy loss is −log of the probability given to the correct class, averaged over the batch. The backward pass is remarkably simple: dx = (y − t) / batch_size.',
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'シードは教師データを y と名付けています（ここでは本に合わせて t）。t = [[0, 1]] の形は (1, 2) で、y の要素数 4 と違うためラベルとして読まれ、NumPy のブロードキャストで思わぬ要素が選ばれます（下の「落とし穴」を参照）。',
        en: "The seed names its teacher data y (t here, as in the book). t = [[0, 1]] has shape (1, 2); its size differs from y's (4), so it is read as labels, and NumPy's broadcasting picks entries nobody meant (see the pitfalls below).",
      },
    },
  ],
  source: [
    {
      prompt: 71,
      code: `class SoftmaxWithLoss:
    def __init__(self):
        self.loss = None
        self.y = None # softmaxの出力
        self.t = None # 教師データ

    def softmax(self, x):
        if x.ndim == 2:
            x = x.T
            x = x - np.max(x, axis=0)
            y = np.exp(x) / np.sum(np.exp(x), axis=0)
            return y.T 

        x = x - np.max(x) # オーバーフロー対策
        return np.exp(x) / np.sum(np.exp(x))

    def cross_entropy_error(self, y, t):
        if y.ndim == 1:
            t = t.reshape(1, t.size)
            y = y.reshape(1, y.size)

        # 教師データがone-hot-vectorの場合、正解ラベルのインデックスに変換
        if t.size == y.size:
            t = t.argmax(axis=1)

        batch_size = y.shape[0]
        return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size

    def forward(self, x, t):
        self.t = t
        self.y = self.softmax(x)
        self.loss = self.cross_entropy_error(self.y, self.t)
        
        return self.loss

    def backward(self, dout=1):
        batch_size = self.t.shape[0]
        if self.t.size == self.y.size: # 教師データがone-hot-vectorの場合
            dx = (self.y - self.t) / batch_size
        else:
            dx = self.y.copy()
            dx[np.arange(batch_size), self.t] -= 1
            dx = dx / batch_size
        
        return dx`,
    },
    {
      prompt: 72,
      code: `x = np.array([[1.0,-0.5], [-2.0,3.0]])
x.shape`,
      output: `(2, 2)`,
    },
    {
      prompt: 73,
      code: `y = np.array([[0,1]])
y.shape`,
      output: `(1, 2)`,
    },
    {
      prompt: 74,
      code: `softmax_with_loss = SoftmaxWithLoss()
print(softmax_with_loss.forward(x, y))`,
      output: `0.10406420174253615`,
    },
    {
      prompt: 76,
      code: `print(softmax_with_loss.backward())
print(softmax_with_loss.backward())`,
      output: `[[-0.18242552 -0.81757448]
 [ 0.00669285  0.99330715]]
[[-0.18242552 -0.81757448]
 [ 0.00669285  0.99330715]]`,
    },
  ],
  inputs: [
    { name: 'x', label: 'x' },
    { name: 't', label: 't' },
  ],
  presets: [
    {
      id: 'seed-2x2',
      label: { ja: 'シードの例', en: "The seed's example" },
      matrices: {
        x: array(
          [
            [1.0, -0.5],
            [-2.0, 3.0],
          ],
          'float64',
        ),
        t: array([[0, 1]], 'int64'),
      },
    },
  ],
  seedDout: { kind: 'none' },
  defaultDout: 'seed',
};
