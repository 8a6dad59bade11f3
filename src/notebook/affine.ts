import { createRandomState, full } from '../engine';
import type { CellDefinition } from './cellDefinition';

/** X, W and B drawn as the seed draws them (rand(2), rand(2, 3), rand(3)), after np.random.seed(seed). */
function draw(seed: number) {
  const rng = createRandomState(seed);
  const x = rng.rand(2);
  const W = rng.rand(2, 3);
  const b = rng.rand(3);
  return { x, W, b, dout: full([3], 1, 'float64') };
}

/** The seed's "Affineレイヤ" section: Y = np.dot(X, W) + B for one sample, on random inputs. */
export const affineCell: CellDefinition = {
  id: 'affine',
  title: { ja: 'Affineレイヤ', en: 'The Affine layer' },
  commentary: [
    {
      source: 'ours',
      text: {
        ja: 'Y = X・W + B。形 (2,) の X に (2, 3) の W を掛けると (3,) になり、同じ形の B を要素ごとに足します。内積では X の最後の軸と W の最初の軸の長さがそろっている必要があります。',
        en: 'Y = X·W + B. X of shape (2,) times W of shape (2, 3) gives shape (3,), and B of the same shape is added element by element. The dot product needs the last axis of X and the first axis of W to have the same length.',
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'シードは乱数の種を固定していないので、その数値は再現できません。ここでは先に np.random.seed(n) を呼び、引き直すたびに n が変わります。逆伝播は dX = dY・Wᵀ、dW = Xᵀ・dY、dB = dY。dY を ones にすると dX は W の各行の和です。',
        en: 'The seed does not fix the random seed, so its numbers cannot be reproduced; here np.random.seed(n) comes first, and each re-roll changes n. Backward: dX = dY·Wᵀ, dW = Xᵀ·dY, dB = dY. With ones as dY, dX is the sum of each row of W.',
      },
    },
  ],
  source: [
    {
      prompt: 19,
      code: `X = np.random.rand(2)
W = np.random.rand(2, 3)
B = np.random.rand(3)`,
    },
    {
      prompt: 20,
      code: `print(X.shape)
print(W.shape)
print(B.shape)`,
      output: `(2,)
(2, 3)
(3,)`,
    },
    {
      prompt: 21,
      code: `Y = np.dot(X, W) + B`,
    },
    {
      prompt: 22,
      code: `Y`,
      output: `array([0.98464073, 1.3105723 , 0.3625971 ])`,
    },
  ],
  inputs: [
    { name: 'x', label: 'X' },
    { name: 'W', label: 'W' },
    { name: 'b', label: 'B' },
  ],
  presets: [],
  random: { defaultSeed: 0, draw },
  seedDout: { kind: 'ones' },
  defaultDout: 'seed',
};
