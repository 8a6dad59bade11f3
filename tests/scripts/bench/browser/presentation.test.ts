import { describe, expect, it } from 'vitest';
import { keyPresentations } from '../../../../scripts/bench/browser/presentation';

const span = (id: string, type: string, from: number, to: number, pid = 1) => [
  {
    name: 'EventLatency',
    ph: 'b',
    ts: from,
    pid,
    id2: { local: id },
    args: { event_latency: { event_type: type } },
  },
  { name: 'EventLatency', ph: 'e', ts: to, pid, id2: { local: id }, args: {} },
];

describe('keyPresentations', () => {
  it('pairs KEY_PRESSED spans and moves them onto the page clock by the mark', () => {
    // The mark was made at 100 ms on the page's clock and 5,100,000 µs on the trace's.
    const events = [
      { name: 'bench-trace-clock', ph: 'R', ts: 5_100_000 },
      ...span('0x2', 'KEY_PRESSED', 5_200_000, 5_217_500),
      ...span('0x3', 'KEY_RELEASED', 5_201_000, 5_202_000),
      ...span('0x4', 'KEY_PRESSED', 5_300_250, 5_324_250),
    ];
    expect(keyPresentations(events, 100)).toEqual([
      { startTime: 200, duration: 17.5 },
      { startTime: 300.25, duration: 24 },
    ]);
  });
  it('keeps local ids apart per process, and closes the latest open span of an id', () => {
    // The browser process's KEY_PRESSED and the renderer's share a local id; a KEY_RELEASED nests.
    const events = [
      { name: 'bench-trace-clock', ph: 'R', ts: 0 },
      ...span('0x3', 'KEY_PRESSED', 1_000, 2_000, 1),
      { ...span('0x3', 'KEY_PRESSED', 60_000, 80_000, 2)[0] },
      ...span('0x3', 'KEY_RELEASED', 62_000, 63_000, 2),
      { ...span('0x3', 'KEY_PRESSED', 60_000, 80_000, 2)[1] },
    ];
    expect(keyPresentations(events, 0)).toEqual([
      { startTime: 1, duration: 1 },
      { startTime: 60, duration: 20 },
    ]);
  });
  it('refuses a trace without the clock mark', () => {
    expect(() => keyPresentations(span('0x1', 'KEY_PRESSED', 1, 2), 0)).toThrow(/clock mark/);
  });
});
