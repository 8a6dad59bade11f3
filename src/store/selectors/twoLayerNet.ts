import {
  affine,
  relu,
  softmaxWithLoss,
  twoLayerNet,
  type EngineWarning,
  type TwoLayerParams,
} from '../../engine';
import { netParams } from '../../notebook/twoLayerNetParams';
import type { CellInputs } from '../types';
import { after, attempt, collectWarnings, memoByInputs, ok, type CellOutputs, type Derived } from './outputs';
import {
  kinkNudge,
  kinksOf,
  minTargetProb,
  paramCheck,
  type Kink,
  type KinkNudge,
  type ParamCheck,
} from './twoLayerNetCheck';

/** The net's parameters in the book's order (`network.params`). */
export const PARAM_NAMES = ['W1', 'b1', 'W2', 'b2'] as const;

/** One of W1, b1, W2, b2. */
export type ParamName = (typeof PARAM_NAMES)[number];

/**
 * Everything the two-layer-net cell shows. `matrices` holds the parameters, every node's forward value
 * (a1 = Affine1's out, mask and z1 = Relu1's, scores = Affine2's out, y = softmax) and every gradient
 * flowing back (dscores into Affine2, dz1 into Relu1, da1 into Affine1, dx, and dW1, db1, dW2, db2).
 */
export interface TwoLayerNetOutputs extends CellOutputs {
  readonly params: TwoLayerParams;
  readonly loss: Derived<number>;
  /** Backprop against the numerical gradient, per parameter (the book's gradient_check.py). */
  readonly gradcheck: Derived<Readonly<Record<ParamName, ParamCheck>>>;
  /** Hidden units within h of ReLU's kink, where the numerical gradient straddles it. */
  readonly kinks: readonly Kink[];
  /** An x that puts the hidden unit nearest the kink on it, to see the check drift. */
  readonly kinkNudge: KinkNudge | null;
  /** The smallest probability given to a correct class (the 1e-7 in the loss is compared with it). */
  readonly minTargetProb: number | null;
}

/**
 * The book's TwoLayerNet on the cell's x and t, with the weights drawn at the cell's seed: `gradient()`
 * taken one layer at a time so that every value it passes along is kept. As in the book, backward starts
 * from the loss, so a t the loss cannot use stops the gradients (y is still shown).
 */
export function computeTwoLayerNet(inputs: CellInputs): TwoLayerNetOutputs {
  const { x, t } = inputs.matrices;
  const params = netParams(inputs.seed);
  const { W1, b1, W2, b2 } = params;

  const affine1 = attempt(() => affine.forward(x, W1, b1));
  const a1 = after([affine1], (f) => f.out);
  const relu1 = after([a1], (a) => relu.forward(a));
  const z1 = after([relu1], (r) => r.out);
  const affine2 = after([z1], (z) => affine.forward(z, W2, b2));
  const scores = after([affine2], (f) => f.out);
  const last = after([scores], (s) => softmaxWithLoss.forward(s, t));
  const y =
    last.error === null ? after([last], (f) => f.y) : after([scores], (s) => softmaxWithLoss.softmax(s).y);

  const lastBack = after([last], (f) => softmaxWithLoss.backward(f.y, t));
  const dscores = after([lastBack], (b) => b.dx);
  const affine2Back = after([dscores, z1], (d, z) => affine.backward(d, z, W2));
  const dz1 = after([affine2Back], (b) => b.dx);
  const relu1Back = after([dz1, relu1] as const, (d, r) => relu.backward(d, r.mask));
  const da1 = after([relu1Back], (b) => b.dx);
  const affine1Back = after([da1], (d) => affine.backward(d, x, W1));

  const numerical = after([last], () => twoLayerNet.numericalGradient(params, x, t));
  const gradcheck = after([affine1Back, affine2Back, numerical] as const, (g1, g2, n) => ({
    W1: paramCheck(g1.dW, n.W1),
    b1: paramCheck(g1.db, n.b1),
    W2: paramCheck(g2.dW, n.W2),
    b2: paramCheck(g2.db, n.b2),
  }));

  return {
    params,
    matrices: {
      W1: ok(W1),
      b1: ok(b1),
      W2: ok(W2),
      b2: ok(b2),
      a1,
      mask: after([relu1], (r) => r.mask),
      z1,
      scores,
      y,
      dscores,
      dz1,
      da1,
      dx: after([affine1Back], (b) => b.dx),
      dW1: after([affine1Back], (b) => b.dW),
      db1: after([affine1Back], (b) => b.db),
      dW2: after([affine2Back], (b) => b.dW),
      db2: after([affine2Back], (b) => b.db),
    },
    loss: after([last], (f) => f.loss),
    gradcheck,
    kinks: a1.value ? kinksOf(a1.value) : [],
    kinkNudge: a1.value ? kinkNudge(x, a1.value, W1) : null,
    minTargetProb: last.value ? minTargetProb(last.value.y, t) : null,
    warnings: netWarnings(
      affine1.value?.warnings ?? affine.diagnose(x, W1, b1),
      relu1.value?.warnings,
      affine2.value?.warnings,
      last.value?.warnings ?? (scores.value ? softmaxWithLoss.diagnose(scores.value, t) : undefined),
      lastBack.value?.warnings,
      affine2Back.value?.warnings,
      relu1Back.value?.warnings,
      affine1Back.value?.warnings,
    ),
  };
}

/**
 * The layers' warnings, without Relu's in-place write to dout: inside the net that dout is the fresh
 * array Affine2.backward just returned, so overwriting it changes nothing anyone else holds.
 */
function netWarnings(...lists: (readonly EngineWarning[] | undefined)[]): EngineWarning[] {
  return collectWarnings(...lists).filter((w) => w.code !== 'relu-inplace-dout');
}

/** `computeTwoLayerNet`, computed once per inputs object (the numerical gradient runs 2 losses per weight). */
export const deriveTwoLayerNet = memoByInputs(computeTwoLayerNet);
