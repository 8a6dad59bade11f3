import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/charts/afterPaint';

/** Animation frames the test runs by hand, one at a time. */
let frames: Map<number, FrameRequestCallback>;
let nextId: number;
const runFrame = () => {
  const due = [...frames.entries()];
  frames.clear();
  for (const [, callback] of due) callback(0);
};

describe('afterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    frames = new Map();
    nextId = 1;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
      frames.set(nextId, cb);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task only after two animation frames and a task turn: the numbers’ frame is on screen', () => {
    const task = vi.fn();
    afterPaint(task);
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    runFrame();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    runFrame();
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('cancel() stops the task at any stage', () => {
    const task = vi.fn();
    for (let stage = 0; stage < 3; stage++) {
      const cancel = afterPaint(task);
      for (let i = 0; i < stage; i++) runFrame();
      cancel();
      runFrame();
      runFrame();
      vi.runAllTimers();
    }
    expect(task).not.toHaveBeenCalled();
  });
});
