import { describe, expect, it } from 'vitest';
import {
  announce,
  LAST_STEP,
  NET_NODES,
  NET_STEPS,
  nodeState,
  paramGradsReady,
} from '../../src/cells/TwoLayerNetCell/netSteps';

describe('NET_STEPS', () => {
  it('runs gradient() as the book does: four layers forward, then the same four backward, in reverse', () => {
    const forward = NET_STEPS.filter((s) => s.phase === 'forward').map((s) => s.node);
    const backward = NET_STEPS.filter((s) => s.phase === 'backward').map((s) => s.node);
    expect(forward).toEqual(['affine1', 'relu1', 'affine2', 'softmaxWithLoss']);
    expect(backward).toEqual([...forward].reverse());
    expect(LAST_STEP).toBe(8);
  });

  it('hands each backward result to the node before the layer that ran', () => {
    for (const s of NET_STEPS.filter((step) => step.phase === 'backward'))
      expect(NET_NODES.indexOf(s.reveals)).toBe(NET_NODES.indexOf(s.node) - 1);
  });
});

describe('nodeState(node, step)', () => {
  it('knows only x before the first step', () => {
    for (const node of NET_NODES)
      expect(nodeState(node, 0)).toEqual({ forward: node === 'x', backward: false });
  });

  it('reveals each out after its forward step and each dout after the backward step that sends it', () => {
    expect(nodeState('relu1', 1).forward).toBe(false);
    expect(nodeState('relu1', 2).forward).toBe(true);
    expect(nodeState('L', 4)).toEqual({ forward: true, backward: false });
    expect(nodeState('L', 5).backward).toBe(true);
    expect(nodeState('affine2', 5).backward).toBe(true);
    expect(nodeState('relu1', 5).backward).toBe(false);
    expect(nodeState('x', 7).backward).toBe(false);
    for (const node of NET_NODES)
      expect(nodeState(node, LAST_STEP)).toEqual({ forward: true, backward: true });
  });

  it('has dW2, db2 after Affine2.backward and dW1, db1 only at the very end', () => {
    expect(paramGradsReady('affine2', 5)).toBe(false);
    expect(paramGradsReady('affine2', 6)).toBe(true);
    expect(paramGradsReady('affine1', 7)).toBe(false);
    expect(paramGradsReady('affine1', 8)).toBe(true);
  });
});

describe('announce(step)', () => {
  it('tells a screen reader which layer ran, in which direction, and where the gradient went', () => {
    expect(announce(0)).toMatch(/nothing computed yet/);
    expect(announce(1)).toBe('Step 1 of 8, forward: Affine1. a1 = np.dot(x, W1) + b1.');
    expect(announce(7)).toMatch(/^Step 7 of 8, backward: Relu1\. .*the gradient arrives at Affine1\.$/);
    expect(announce(8)).toMatch(/Backward is complete/);
  });

  it("speaks Japanese when asked, with the book's words for the passes", () => {
    expect(announce(1, 'ja')).toBe('ステップ 1 / 8、順伝播: Affine1。a1 = np.dot(x, W1) + b1。');
    expect(announce(7, 'ja')).toMatch(/^ステップ 7 \/ 8、逆伝播: Relu1。.*勾配が Affine1 に届きます。$/);
    expect(announce(8, 'ja')).toMatch(/逆伝播が終わり/);
  });
});
