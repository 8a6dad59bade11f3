import { describe, expect, it } from 'vitest';
import { longestFrameLines, offenders, RENDERING, type LongFrame } from '../../../scripts/bench/longFrames';

const script = (fn: string, duration: number, forced = 0) => ({
  invoker: 'TimerHandler:setTimeout',
  invokerType: 'user-callback',
  sourceURL: 'http://host/assets/index.js',
  sourceFunctionName: fn,
  sourceCharPosition: 10,
  duration,
  forcedStyleAndLayoutDuration: forced,
});

const frames: LongFrame[] = [
  {
    start: 1000,
    duration: 80,
    blockingDuration: 30,
    styleAndLayoutStart: 1070,
    scripts: [script('draw', 60, 5)],
  },
  {
    start: 3000,
    duration: 120,
    blockingDuration: 70,
    styleAndLayoutStart: 0,
    scripts: [script('draw', 110)],
  },
];

describe('offenders', () => {
  it('groups the scripts of long frames by what ran them, with their count, total and longest', () => {
    const [first, second] = offenders(frames);
    expect(first).toEqual({
      what: 'user-callback TimerHandler:setTimeout → draw (index.js@10)',
      count: 2,
      totalMs: 170,
      maxMs: 110,
      forcedLayoutMs: 5,
    });
    expect(second).toMatchObject({ what: RENDERING, count: 1, totalMs: 10 });
  });
});

describe('longestFrameLines', () => {
  it('lists the longest frames first, each with when it began and what ran in it', () => {
    expect(longestFrameLines(frames, 1000)).toEqual([
      '  120 ms at +2.0 s: 110 ms user-callback TimerHandler:setTimeout → draw (index.js@10)',
      `   80 ms at +0.0 s: 60 ms user-callback TimerHandler:setTimeout → draw (index.js@10); 10 ms ${RENDERING}`,
    ]);
  });
});
