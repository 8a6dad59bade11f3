/**
 * The page's main-thread tasks from a Chromium trace (Browser.startTracing with the devtools.timeline
 * categories): each task's wall time and the CPU time its thread actually ran, so a task that was long
 * only because other processes had the cores can be told from one that did 50 ms of work, and what ran
 * inside the long ones (the trace's own event names: FunctionCall, Layout, Paint, MajorGC, ...).
 */
import type { SourceResolver } from './sourceMap';

/** The fields of a trace event this reads (times in microseconds). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event. */
  readonly tdur?: number;
  readonly args?: {
    readonly name?: string;
    readonly data?: { readonly url?: string; readonly functionName?: string; readonly lineNumber?: number };
  };
}

/** Categories that record tasks, script, style, layout, paint and garbage collection. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
];

/**
 * One main-thread task: wall and CPU time in ms, when (ms after the first task), and the CPU time of
 * what ran in it.
 */
export interface TracedTask {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly atMs: number;
  readonly parts: readonly { readonly what: string; readonly ms: number }[];
}

/** The main-thread tasks of a trace: counts over `thresholdMs` by wall and by CPU time, and the long ones. */
export interface TaskReport {
  readonly tasks: number;
  readonly overByWall: number;
  readonly overByCpu: number;
  readonly maxWallMs: number;
  readonly maxCpuMs: number;
  /** CPU time of all the tasks together, and the wall time from the first task's start to the last's end. */
  readonly totalCpuMs: number;
  readonly spanMs: number;
  readonly long: readonly TracedTask[];
  /** The tasks that used the most CPU time, most first. */
  readonly heaviest: readonly TracedTask[];
}

/** How many of the most CPU-hungry tasks a report details. */
const HEAVIEST = 4;

const isTask = (e: TraceEvent) =>
  e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

/** The renderer main thread with the most tasks (the page's; other renderers are idle). */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && isTask(e)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid, tid };
}

/** A child event's name, with the script it ran (mapped to the sources when possible). */
function describe(e: TraceEvent, resolve?: SourceResolver): string {
  const data = e.args?.data;
  if (!data?.url) return e.name;
  const original = resolve?.at(data.url, (data.lineNumber ?? 1) - 1, 0);
  const where = original
    ? `${original.source}:${original.line}`
    : `${data.url.split('/').pop()}:${data.lineNumber ?? '?'}`;
  return `${e.name} ${data.functionName || ''}(${where})`;
}

/** Summarises the page's main-thread tasks in `events`. */
export function traceTasks(
  events: readonly TraceEvent[],
  thresholdMs = 50,
  resolve?: SourceResolver,
): TaskReport | null {
  const main = mainThread(events);
  if (!main) return null;
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Only outermost tasks: Chromium may nest one task event inside another for the same task.
  let taskEnd = -Infinity;
  const tasks = onMain.filter((e) => {
    if (!isTask(e) || e.ts < taskEnd) return false;
    taskEnd = e.ts + e.dur!;
    return true;
  });
  const origin = tasks[0]?.ts ?? 0;
  const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  const heaviest = new Set([...tasks].sort((a, b) => cpuOf(b) - cpuOf(a)).slice(0, HEAVIEST));
  const long: TracedTask[] = [];
  const heavy: TracedTask[] = [];
  let childIndex = 0;
  for (const task of tasks) {
    const wallMs = task.dur! / 1000;
    const cpuMs = cpuOf(task);
    const isLong = wallMs > thresholdMs || cpuMs > thresholdMs;
    if (!isLong && !heaviest.has(task)) continue;
    // The task's direct children (events inside it that are not inside an earlier child), by CPU time.
    const parts = new Map<string, number>();
    let childEnd = -Infinity;
    while (childIndex < onMain.length && onMain[childIndex].ts < task.ts) childIndex++;
    for (let i = childIndex; i < onMain.length && onMain[i].ts < task.ts + task.dur!; i++) {
      const e = onMain[i];
      if (e === task || isTask(e) || e.ts < childEnd) continue;
      childEnd = e.ts + e.dur!;
      const what = describe(e, resolve);
      parts.set(what, (parts.get(what) ?? 0) + cpuOf(e));
    }
    const traced = {
      wallMs,
      cpuMs,
      atMs: (task.ts - origin) / 1000,
      parts: [...parts].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms),
    };
    if (isLong) long.push(traced);
    if (heaviest.has(task)) heavy.push(traced);
  }
  const wall = tasks.map((t) => t.dur! / 1000);
  const cpu = tasks.map((t) => (t.tdur ?? t.dur!) / 1000);
  return {
    tasks: tasks.length,
    overByWall: wall.filter((ms) => ms > thresholdMs).length,
    overByCpu: cpu.filter((ms) => ms > thresholdMs).length,
    maxWallMs: Math.max(0, ...wall),
    maxCpuMs: Math.max(0, ...cpu),
    totalCpuMs: cpu.reduce((sum, ms) => sum + ms, 0),
    spanMs: tasks.length ? (tasks.at(-1)!.ts + tasks.at(-1)!.dur! - origin) / 1000 : 0,
    long,
    heaviest: heavy.sort((a, b) => b.cpuMs - a.cpuMs),
  };
}
