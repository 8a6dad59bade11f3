import { array } from '../engine';
import type { CellDefinition } from './cellDefinition';

/** The cell's net: 4 input features, 3 hidden units, 3 classes; small enough to read every number. */
export const NET_SIZES = { inputSize: 4, hiddenSize: 3, outputSize: 3 } as const;

/** The book's default `weight_init_std`. */
export const WEIGHT_INIT_STD = 0.01;

/** The seed the weights are first drawn with. */
export const DEFAULT_NET_SEED = 0;

/** Two samples of four features, signs mixed so that some hidden units start inactive. */
const X = array(
  [
    [1.0, -0.5, 2.0, 0.3],
    [-1.2, 0.8, 0.5, -2.0],
  ],
  'float64',
);

/** One-hot targets: sample 0 is class 1, sample 1 is class 2. */
const T = array(
  [
    [0, 1, 0],
    [0, 0, 1],
  ],
  'int64',
);

const TWO_LAYER_NET_PY = `# coding: utf-8
import sys, os
sys.path.append(os.pardir)  # 親ディレクトリのファイルをインポートするための設定
import numpy as np
from common.layers import *
from common.gradient import numerical_gradient
from collections import OrderedDict


class TwoLayerNet:

    def __init__(self, input_size, hidden_size, output_size, weight_init_std = 0.01):
        # 重みの初期化
        self.params = {}
        self.params['W1'] = weight_init_std * np.random.randn(input_size, hidden_size)
        self.params['b1'] = np.zeros(hidden_size)
        self.params['W2'] = weight_init_std * np.random.randn(hidden_size, output_size) 
        self.params['b2'] = np.zeros(output_size)

        # レイヤの生成
        self.layers = OrderedDict()
        self.layers['Affine1'] = Affine(self.params['W1'], self.params['b1'])
        self.layers['Relu1'] = Relu()
        self.layers['Affine2'] = Affine(self.params['W2'], self.params['b2'])

        self.lastLayer = SoftmaxWithLoss()
        
    def predict(self, x):
        for layer in self.layers.values():
            x = layer.forward(x)
        
        return x
        
    # x:入力データ, t:教師データ
    def loss(self, x, t):
        y = self.predict(x)
        return self.lastLayer.forward(y, t)
    
    def accuracy(self, x, t):
        y = self.predict(x)
        y = np.argmax(y, axis=1)
        if t.ndim != 1 : t = np.argmax(t, axis=1)
        
        accuracy = np.sum(y == t) / float(x.shape[0])
        return accuracy
        
    # x:入力データ, t:教師データ
    def numerical_gradient(self, x, t):
        loss_W = lambda W: self.loss(x, t)
        
        grads = {}
        grads['W1'] = numerical_gradient(loss_W, self.params['W1'])
        grads['b1'] = numerical_gradient(loss_W, self.params['b1'])
        grads['W2'] = numerical_gradient(loss_W, self.params['W2'])
        grads['b2'] = numerical_gradient(loss_W, self.params['b2'])
        
        return grads
        
    def gradient(self, x, t):
        # forward
        self.loss(x, t)

        # backward
        dout = 1
        dout = self.lastLayer.backward(dout)
        
        layers = list(self.layers.values())
        layers.reverse()
        for layer in layers:
            dout = layer.backward(dout)

        # 設定
        grads = {}
        grads['W1'], grads['b1'] = self.layers['Affine1'].dW, self.layers['Affine1'].db
        grads['W2'], grads['b2'] = self.layers['Affine2'].dW, self.layers['Affine2'].db

        return grads`;

const NUMERICAL_GRADIENT_PY = `def numerical_gradient(f, x):
    h = 1e-4 # 0.0001
    grad = np.zeros_like(x)
    
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x) # f(x+h)
        
        x[idx] = tmp_val - h 
        fxh2 = f(x) # f(x-h)
        grad[idx] = (fxh1 - fxh2) / (2*h)
        
        x[idx] = tmp_val # 値を元に戻す
        it.iternext()   
        
    return grad`;

const GRADIENT_CHECK_PY = `# coding: utf-8
import sys, os
sys.path.append(os.pardir)  # 親ディレクトリのファイルをインポートするための設定
import numpy as np
from dataset.mnist import load_mnist
from two_layer_net import TwoLayerNet

# データの読み込み
(x_train, t_train), (x_test, t_test) = load_mnist(normalize=True, one_hot_label=True)

network = TwoLayerNet(input_size=784, hidden_size=50, output_size=10)

x_batch = x_train[:3]
t_batch = t_train[:3]

grad_numerical = network.numerical_gradient(x_batch, t_batch)
grad_backprop = network.gradient(x_batch, t_batch)

for key in grad_numerical.keys():
    diff = np.average( np.abs(grad_backprop[key] - grad_numerical[key]) )
    print(key + ":" + str(diff))`;

/**
 * The seed's closing section, 誤差逆伝播の実装: the seed only points at its chapter 4 notebook, so the cell
 * runs the book's TwoLayerNet (ch05/two_layer_net.py) on a small batch, node by node, with the book's
 * gradient check. x and t are the learner's; the weights come from the cell's seed (a re-roll keeps x and t).
 */
export const twoLayerNetCell: CellDefinition = {
  id: 'two-layer-net',
  title: { ja: '誤差逆伝播の実装', en: 'Implementing backpropagation: the two-layer net' },
  commentary: [
    {
      source: 'seed',
      text: { ja: 'ch04-3.ipynbに書いた実装を参照', en: 'See the implementation written in ch04-3.ipynb.' },
    },
    {
      source: 'ours',
      text: {
        ja: 'シードはここで 4 章のノートブックを指して終わります。本の ch05/two_layer_net.py は、ここまでのレイヤを OrderedDict に積み重ねた二層ネットワークです: Affine1 → Relu1 → Affine2 → SoftmaxWithLoss。predict はレイヤの forward を順に呼び、gradient は損失を計算してから dout = 1 を最後のレイヤから逆順に backward へ流します。各レイヤは backward に要るものを forward で覚えています（Affine は x、Relu は mask、SoftmaxWithLoss は y と t）。',
        en: "The seed ends by pointing at its chapter 4 notebook. The book's ch05/two_layer_net.py stacks the layers above in an OrderedDict: Affine1 → Relu1 → Affine2 → SoftmaxWithLoss. predict calls each layer's forward in turn; gradient computes the loss, then passes dout = 1 back through the layers in reverse order. Each layer remembers in forward what its backward needs: Affine its x, Relu its mask, SoftmaxWithLoss y and t.",
      },
    },
    {
      source: 'ours',
      text: {
        ja: 'ここでは 2 サンプル × 4 特徴の x、3 クラスの one-hot の t、隠れ層 3 個の小さなネットワークを、本と同じ weight_init_std = 0.01 で np.random.seed(n) の後に初期化します。重みが小さいのでスコアはほぼ 0、y はどの行もほぼ 1/3、損失は log 3 ≈ 1.0986 に近い値です。まだ何も学習していないネットワークの答えです。グラフを一つずつ進めて、forward の値と戻ってくる勾配を確かめてください。',
        en: "Here a small net (x of 2 samples × 4 features, a one-hot t over 3 classes, 3 hidden units) is initialised after np.random.seed(n) with the book's weight_init_std = 0.01. The weights are so small that every score is near 0: each row of y is close to 1/3 and the loss close to log 3 ≈ 1.0986, the answer of a net that has learnt nothing yet. Step through the graph one node at a time to see each forward value and the gradient coming back.",
      },
    },
    {
      source: 'ours',
      text: {
        ja: '本の gradient_check.py は、逆伝播の勾配と数値微分（中心差分、h = 1e-4）の勾配をパラメータごとに比べ、差の絶対値の平均を表示します。逆伝播が正しければ差はとても小さく（ここでは 1e-7 未満）、大きくなるのは主に二つの場合です: ReLU の入力が 0 から h 以内にあるとき（差分が折れ目をまたぐ）と、損失の log の中の 1e-7（逆伝播はこれを含みません）。',
        en: "The book's gradient_check.py compares the backprop gradients with numerical ones (central differences, h = 1e-4), parameter by parameter, and prints the mean absolute difference. With a correct backward it is tiny (below 1e-7 here). It grows mainly for two reasons: a ReLU input within h of 0, where the difference straddles the kink, and the 1e-7 inside the loss's log, which backprop leaves out.",
      },
    },
  ],
  source: [],
  bookSource: [
    { path: 'ch05/two_layer_net.py', code: TWO_LAYER_NET_PY },
    { path: 'common/gradient.py (numerical_gradient)', code: NUMERICAL_GRADIENT_PY },
    { path: 'ch05/gradient_check.py', code: GRADIENT_CHECK_PY },
  ],
  inputs: [
    { name: 'x', label: 'x' },
    { name: 't', label: 't' },
  ],
  presets: [],
  random: { defaultSeed: DEFAULT_NET_SEED, draw: () => ({ x: X, t: T }), keepOnReseed: ['x', 't'] },
  seedDout: { kind: 'none' },
  defaultDout: 'seed',
};
