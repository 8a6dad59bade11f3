import { array } from '../engine';
import type { CellDefinition } from './cellDefinition';

const seedX = array(
  [
    [1.0, -0.5],
    [-2.0, 3.0],
  ],
  'float64',
);

/** The seed's "Sigmoidレイヤ" section: forward, and backward with dout = x. */
export const sigmoidCell: CellDefinition = {
  id: 'sigmoid',
  title: { ja: 'Sigmoidレイヤ', en: 'The Sigmoid layer' },
  commentary: [
    {
      source: 'ours',
      text: {
        ja: 'y = 1 / (1 + exp(-x))。backward に要るのは forward の出力だけです: dx = dout × (1 − y) × y。だからレイヤは out を覚えておきます。',
        en: 'y = 1 / (1 + exp(-x)). Backward needs nothing but the forward output: dx = dout × (1 − y) × y, which is why the layer keeps out.',
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'シードはここでも dout に x を渡しています。(1 − y) × y は x = 0 で最大の 0.25 なので、シグモイドを何層も通ると勾配は小さくなっていきます。dout を ones にすると、その局所的な傾きそのものが dx に出ます。',
        en: 'The seed again passes x as dout. (1 − y) × y is at most 0.25 (at x = 0), so gradients shrink as they pass through many sigmoids. Switch dout to ones and dx shows that local slope itself.',
      },
    },
  ],
  source: [
    {
      prompt: 15,
      code: `class Sigmoid:
    def __init__(self):
        self.out = None

    def sigmoid(self, x):
        return 1 / (1 + np.exp(-x))
    
    def forward(self, x):
        out = self.sigmoid(x)
        self.out = out
        return out

    def backward(self, dout):
        dx = dout * (1.0 - self.out) * self.out

        return dx`,
    },
    {
      prompt: 16,
      code: `x = np.array([[1.0,-0.5], [-2.0,3.0]])
print(x)
print(x.shape)`,
      output: `[[ 1.  -0.5]
 [-2.   3. ]]
(2, 2)`,
    },
    {
      prompt: 17,
      code: `sigmoid = Sigmoid()
print(sigmoid.forward(x))`,
      output: `[[0.73105858 0.37754067]
 [0.11920292 0.95257413]]`,
    },
    {
      prompt: 18,
      code: `print(sigmoid.backward(x))
print(sigmoid.backward(x))`,
      output: `[[ 0.19661193 -0.11750186]
 [-0.20998717  0.13552998]]
[[ 0.19661193 -0.11750186]
 [-0.20998717  0.13552998]]`,
    },
  ],
  inputs: [{ name: 'x', label: 'x' }],
  presets: [
    {
      id: 'seed-2x2',
      label: { ja: 'シードの 2×2 の例', en: "The seed's 2×2 example" },
      matrices: { x: seedX, dout: seedX },
    },
  ],
  seedDout: { kind: 'input', name: 'x' },
  defaultDout: 'seed',
};
