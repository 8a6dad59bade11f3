/**
 * The two-layer net as a graph, and the order the book's gradient() visits it: forward through the four
 * layers (loss() calls predict() then lastLayer.forward), then backward from dout = 1 in reverse.
 * Each node shows its `out` and, once backward has reached it, the `dout` that arrives at it.
 */
import type { Lang } from '../../i18n/lang';

/** The graph's nodes, left to right. */
export const NET_NODES = ['x', 'affine1', 'relu1', 'affine2', 'softmaxWithLoss', 'L'] as const;

/** One node of the graph. */
export type NetNode = (typeof NET_NODES)[number];

/** What a node is called, the name of its out, and the name of the dout that arrives at it. */
export interface NodeInfo {
  readonly label: string;
  /** The matrix (hook name) of the node's forward value; 'loss' for L. */
  readonly out: string;
  /** The matrix (hook name) of ∂L/∂out; null for L, whose dout is the 1 the book starts from. */
  readonly dout: string | null;
}

/** Every node's names, by node. */
export const NODE_INFO: Readonly<Record<NetNode, NodeInfo>> = {
  x: { label: 'x', out: 'x', dout: 'dx' },
  affine1: { label: 'Affine1', out: 'a1', dout: 'da1' },
  relu1: { label: 'Relu1', out: 'z1', dout: 'dz1' },
  affine2: { label: 'Affine2', out: 'scores', dout: 'dscores' },
  softmaxWithLoss: { label: 'SoftmaxWithLoss', out: 'y', dout: null },
  L: { label: 'L', out: 'loss', dout: null },
};

/** One step of gradient(): a layer's forward or backward, what it computes, and where its result goes. */
export interface NetStep {
  readonly phase: 'forward' | 'backward';
  /** The layer that runs. */
  readonly node: NetNode;
  /** The node whose value this step reveals: forward, the layer itself; backward, the node before it. */
  readonly reveals: NetNode;
  /** The book's line, in NumPy. */
  readonly code: string;
}

/** The eight steps of `network.gradient(x, t)`, in order. */
export const NET_STEPS: readonly NetStep[] = [
  { phase: 'forward', node: 'affine1', reveals: 'affine1', code: 'a1 = np.dot(x, W1) + b1' },
  { phase: 'forward', node: 'relu1', reveals: 'relu1', code: 'mask = (a1 <= 0); z1 = a1 with z1[mask] = 0' },
  { phase: 'forward', node: 'affine2', reveals: 'affine2', code: 'scores = np.dot(z1, W2) + b2' },
  {
    phase: 'forward',
    node: 'softmaxWithLoss',
    reveals: 'softmaxWithLoss',
    code: 'y = softmax(scores); loss = cross_entropy_error(y, t)',
  },
  {
    phase: 'backward',
    node: 'softmaxWithLoss',
    reveals: 'affine2',
    code: 'dscores = lastLayer.backward(dout=1) = (y - t) / batch_size',
  },
  {
    phase: 'backward',
    node: 'affine2',
    reveals: 'relu1',
    code: 'dz1 = np.dot(dscores, W2.T); dW2 = np.dot(z1.T, dscores); db2 = np.sum(dscores, axis=0)',
  },
  { phase: 'backward', node: 'relu1', reveals: 'affine1', code: 'da1 = dz1 with da1[mask] = 0' },
  {
    phase: 'backward',
    node: 'affine1',
    reveals: 'x',
    code: 'dx = np.dot(da1, W1.T); dW1 = np.dot(x.T, da1); db1 = np.sum(da1, axis=0)',
  },
];

/** The last position of the stepper: every step run. */
export const LAST_STEP = NET_STEPS.length;

const FORWARD_AT: Readonly<Record<NetNode, number>> = {
  x: 0,
  affine1: 1,
  relu1: 2,
  affine2: 3,
  softmaxWithLoss: 4,
  L: 4,
};

const BACKWARD_AT: Readonly<Record<NetNode, number>> = {
  L: 5,
  softmaxWithLoss: 5,
  affine2: 5,
  relu1: 6,
  affine1: 7,
  x: 8,
};

/** What the graph shows of a node after `step` steps (0: nothing run yet; LAST_STEP: all). */
export function nodeState(node: NetNode, step: number): { forward: boolean; backward: boolean } {
  return { forward: step >= FORWARD_AT[node], backward: step >= BACKWARD_AT[node] };
}

/** Whether the parameters' gradients (dW1, db1 or dW2, db2) have been computed after `step` steps. */
export function paramGradsReady(layer: 'affine1' | 'affine2', step: number): boolean {
  return step >= (layer === 'affine2' ? 6 : 8);
}

/** The sentence a screen reader hears after moving to `step`, in `lang` (English by default). */
export function announce(step: number, lang: Lang = 'en'): string {
  if (lang === 'ja') return announceJa(step);
  if (step === 0) return 'Ready: nothing computed yet. Next runs Affine1.forward.';
  const s = NET_STEPS[step - 1];
  const where = s.phase === 'backward' ? `; the gradient arrives at ${NODE_INFO[s.reveals].label}` : '';
  const end = step === LAST_STEP ? ' Backward is complete: every gradient is known.' : '';
  return `Step ${step} of ${LAST_STEP}, ${s.phase}: ${NODE_INFO[s.node].label}. ${s.code}${where}.${end}`;
}

/** `announce` in Japanese, with the book's words for the two passes. */
function announceJa(step: number): string {
  if (step === 0) return '準備完了: まだ何も計算していません。「次へ」で Affine1.forward を実行します。';
  const s = NET_STEPS[step - 1];
  const phase = s.phase === 'backward' ? '逆伝播' : '順伝播';
  const where = s.phase === 'backward' ? `。勾配が ${NODE_INFO[s.reveals].label} に届きます` : '';
  const end = step === LAST_STEP ? ' 逆伝播が終わり、すべての勾配が求まりました。' : '';
  return `ステップ ${step} / ${LAST_STEP}、${phase}: ${NODE_INFO[s.node].label}。${s.code}${where}。${end}`;
}
