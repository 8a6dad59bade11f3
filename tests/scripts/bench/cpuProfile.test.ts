import { describe, expect, it } from 'vitest';
import { longStretches, type CpuProfile } from '../../../scripts/bench/cpuProfile';

const frame = (functionName: string) => ({ functionName, url: '', lineNumber: 0, columnNumber: 0 });

// root → draw → layout; root → (idle). Samples 10 ms apart (timeDeltas in µs).
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4] },
    { id: 2, callFrame: frame('draw'), children: [3] },
    { id: 3, callFrame: frame('layout') },
    { id: 4, callFrame: frame('(idle)') },
  ],
  samples: [2, 3, 3, 3, 2, 3, 4, 2, 4, 4],
  timeDeltas: [0, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000],
};

describe('longStretches', () => {
  it('finds runs of busy samples longer than the threshold, up to the next idle sample', () => {
    expect(longStretches(profile, 50).stretches).toEqual([60]);
    expect(longStretches(profile, 5).stretches).toEqual([60, 10]);
  });

  it('sums the time per function inside them, inclusive of callees and by itself', () => {
    const report = longStretches(profile, 50);
    expect(report.inclusive).toEqual([
      { what: 'draw', ms: 60 },
      { what: 'layout', ms: 40 },
    ]);
    expect(report.self).toEqual([
      { what: 'layout', ms: 40 },
      { what: 'draw', ms: 20 },
    ]);
  });
});
