import { describe, expect, it } from 'vitest';
import { traceTasks, type TraceEvent } from '../../../scripts/bench/traceTasks';

const main = { pid: 1, tid: 10 };
const x = (name: string, ts: number, dur: number, tdur = dur, at = main): TraceEvent => ({
  name,
  ph: 'X',
  ...at,
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: tdur * 1000,
});

const events: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...main, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: 2, tid: 20, ts: 0, args: { name: 'CrRendererMain' } },
  // A short task, a task long only in wall time (waiting for a core), and one long in CPU time too.
  x('RunTask', 0, 5),
  x('RunTask', 100, 120, 8),
  x('Commit', 101, 115, 2),
  x('RunTask', 300, 70, 60),
  x('FunctionCall', 301, 50, 45),
  x('Layout', 310, 10, 10),
  x('Paint', 355, 12, 12),
  // The other renderer's single task is not the page's main thread.
  x('RunTask', 0, 500, 500, { pid: 2, tid: 20 }),
];

describe('traceTasks', () => {
  const report = traceTasks(events)!;

  it("counts the page main thread's tasks over 50 ms by wall time and by CPU time", () => {
    expect(report).toMatchObject({ tasks: 3, overByWall: 2, overByCpu: 1, maxWallMs: 120, maxCpuMs: 60 });
    expect(report.totalCpuMs).toBe(73);
    expect(report.spanMs).toBe(370);
  });

  it('details the long tasks by the CPU time of their direct children', () => {
    expect(report.long).toEqual([
      { wallMs: 120, cpuMs: 8, atMs: 100, parts: [{ what: 'Commit', ms: 2 }] },
      {
        wallMs: 70,
        cpuMs: 60,
        atMs: 300,
        parts: [
          { what: 'FunctionCall', ms: 45 },
          { what: 'Paint', ms: 12 },
        ],
      },
    ]);
    expect(report.heaviest.map((t) => t.cpuMs)).toEqual([60, 8, 5]);
  });

  it('gives null when the trace has no renderer main thread', () => {
    expect(traceTasks([x('RunTask', 0, 5)])).toBeNull();
  });
});
