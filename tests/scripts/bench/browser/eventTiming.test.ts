import { describe, expect, it } from 'vitest';
import { matchKeydowns, type KeydownTiming } from '../../../../scripts/bench/browser/eventTiming';

const entry = (startTime: number, duration: number): KeydownTiming => ({
  startTime,
  duration,
  processingStart: startTime + 1,
  processingEnd: startTime + 5,
});

describe('matchKeydowns', () => {
  it('pairs each keydown with the entry whose startTime is its timeStamp, whatever the order', () => {
    const { entries, chordKeys, others } = matchKeydowns([1000, 2000], [entry(2000, 24), entry(1000, 40)]);
    expect(entries.map((e) => e?.duration)).toEqual([40, 24]);
    expect(chordKeys).toBe(0);
    expect(others).toBe(0);
  });
  it('gives null to a keydown the browser reported nothing for (presented within the threshold)', () => {
    expect(matchKeydowns([1000, 2000], [entry(2000, 16)]).entries).toEqual([null, entry(2000, 16)]);
  });
  it('tells the Control key pressed just before an Enter from keydowns that are not ours', () => {
    const { entries, chordKeys, others } = matchKeydowns([1000], [entry(940, 16), entry(500, 32)]);
    expect(entries).toEqual([null]);
    expect(chordKeys).toBe(1);
    expect(others).toBe(1);
  });
  it('never gives one entry to two keydowns', () => {
    const { entries } = matchKeydowns([1000, 1000.1], [entry(1000, 24)]);
    expect(entries.filter((e) => e !== null)).toHaveLength(1);
  });
});
