/**
 * What blocked the main thread: long tasks (every task over 50 ms) and Chromium's long animation frames
 * (frames over 50 ms, with the scripts that ran in them and where), recorded in the page from its first
 * script on, and summarised by what did the work.
 */
import type { SourceResolver } from './sourceMap';

/** A task over 50 ms (PerformanceObserver 'longtask'). */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
  /** Whose task it was: 'self' (this page's own work), 'unknown' (the browser's, e.g. garbage collection). */
  readonly name: string;
}

/** One script of a long animation frame (PerformanceScriptTiming). */
export interface FrameScript {
  readonly invoker: string;
  readonly invokerType: string;
  readonly sourceURL: string;
  readonly sourceFunctionName: string;
  readonly sourceCharPosition: number;
  readonly duration: number;
  readonly forcedStyleAndLayoutDuration: number;
}

/** A frame over 50 ms (PerformanceObserver 'long-animation-frame'). */
export interface LongFrame {
  readonly start: number;
  readonly duration: number;
  /** The sum over its tasks of each task's time past 50 ms (rendering included): 0 when none blocked. */
  readonly blockingDuration: number;
  /** When the frame's style and layout began (0 when it did not render). */
  readonly styleAndLayoutStart: number;
  readonly scripts: readonly FrameScript[];
}

/** Page script recording `window.__longTasks` and `window.__longFrames`; add it before any other. */
export const OBSERVE_MAIN_THREAD = `
  window.__longTasks = [];
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
  }).observe({ type: 'longtask', buffered: true });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longFrames.push({
          start: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            invokerType: s.invokerType,
            sourceURL: s.sourceURL,
            sourceFunctionName: s.sourceFunctionName,
            sourceCharPosition: s.sourceCharPosition,
            duration: s.duration,
            forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
          })),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
`;

/** Work of one kind inside long frames: how often it ran there, its total and its longest. */
export interface Offender {
  readonly what: string;
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
  /** Style and layout the scripts forced (part of totalMs). */
  readonly forcedLayoutMs: number;
}

/** A frame's own style, layout and paint, when no script forced them earlier. */
export const RENDERING = 'rendering: style, layout, paint';

/** A script's name: what invoked it and where its entry function is (in the sources when mapped). */
function scriptName(s: FrameScript, resolve?: SourceResolver): string {
  const original = resolve?.atChar(s.sourceURL, s.sourceCharPosition);
  const file = s.sourceURL.split('/').pop() || '(no file)';
  const where = original ? `${original.source}:${original.line}` : `${file}@${s.sourceCharPosition}`;
  const fn = s.sourceFunctionName ? `${s.sourceFunctionName} ` : '';
  return `${s.invokerType} ${s.invoker} → ${fn}(${where})`;
}

/**
 * Lines for the report: the `top` longest of `frames`, each with when it began (ms after `origin`) and
 * its scripts and rendering, so a long frame at the very start of a run can be told from a recurring one.
 */
export function longestFrameLines(
  frames: readonly LongFrame[],
  origin: number,
  resolve?: SourceResolver,
  top = 5,
): string[] {
  return [...frames]
    .sort((a, b) => b.duration - a.duration)
    .slice(0, top)
    .map((f) => {
      const parts = f.scripts.map((s) => `${s.duration.toFixed(0)} ms ${scriptName(s, resolve)}`);
      if (f.styleAndLayoutStart > 0) {
        parts.push(`${(f.start + f.duration - f.styleAndLayoutStart).toFixed(0)} ms ${RENDERING}`);
      }
      return `${f.duration.toFixed(0).padStart(5)} ms at +${((f.start - origin) / 1000).toFixed(1)} s: ${parts.join('; ')}`;
    });
}

/** The work inside `frames`, grouped by script and rendering, longest total first. */
export function offenders(frames: readonly LongFrame[], resolve?: SourceResolver): Offender[] {
  const byWhat = new Map<string, { count: number; totalMs: number; maxMs: number; forcedLayoutMs: number }>();
  const add = (what: string, ms: number, forced: number) => {
    const o = byWhat.get(what) ?? { count: 0, totalMs: 0, maxMs: 0, forcedLayoutMs: 0 };
    o.count++;
    o.totalMs += ms;
    o.maxMs = Math.max(o.maxMs, ms);
    o.forcedLayoutMs += forced;
    byWhat.set(what, o);
  };
  for (const frame of frames) {
    for (const s of frame.scripts) add(scriptName(s, resolve), s.duration, s.forcedStyleAndLayoutDuration);
    if (frame.styleAndLayoutStart > 0) {
      add(RENDERING, frame.start + frame.duration - frame.styleAndLayoutStart, 0);
    }
  }
  return [...byWhat]
    .map(([what, o]) => ({ what, ...o }))
    .sort((a, b) => b.totalMs - a.totalMs || b.maxMs - a.maxMs);
}

/** Lines for the report: the `top` offenders, one a line. */
export function offenderLines(list: readonly Offender[], top = 8): string[] {
  return list
    .slice(0, top)
    .map(
      (o) =>
        `${o.maxMs.toFixed(0).padStart(5)} ms max, ${o.totalMs.toFixed(0).padStart(6)} ms in ${String(o.count).padStart(3)}×` +
        (o.forcedLayoutMs >= 1 ? ` (forced layout ${o.forcedLayoutMs.toFixed(0)} ms)` : '') +
        `  ${o.what}`,
    );
}
