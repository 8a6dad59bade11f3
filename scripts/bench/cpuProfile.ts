/**
 * Where the main thread's long stretches of work went, from a V8 CPU profile (CDP Profiler.stop):
 * consecutive non-idle samples form a stretch, and inside stretches over a threshold the sampled time is
 * summed per function, inclusive (anywhere on the stack) and self (the function on top).
 */
import type { SourceResolver } from './sourceMap';

/** The parts of a CDP Profiler.Profile this reads. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  /** When the profile started, in microseconds on the clock of the trace's `ts`. */
  readonly startTime?: number;
  /** Microseconds from the previous sample (the first: from the profile's start). */
  readonly timeDeltas: readonly number[];
}

/** Time per function inside the long stretches. */
export interface StretchReport {
  /** Each long stretch's length in ms, in order. */
  readonly stretches: readonly number[];
  readonly inclusive: readonly { readonly what: string; readonly ms: number }[];
  readonly self: readonly { readonly what: string; readonly ms: number }[];
}

/** Samples the V8 profiler marks as the thread doing nothing. */
const IDLE = new Set(['(idle)']);
/** Frames that are on every stack and say nothing about the work. */
const NOISE = new Set(['(root)']);

/**
 * The long stretches of `profile` (over `thresholdMs`) and the time per function in them; with `within`
 * (intervals in microseconds on the profile's clock), only the samples taken inside one of them count.
 */
export function longStretches(
  profile: CpuProfile,
  thresholdMs = 50,
  resolve?: SourceResolver,
  within?: readonly (readonly [number, number])[],
): StretchReport {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map<number, string>();
  const nameOf = (id: number): string => {
    let name = names.get(id);
    if (name === undefined) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      const original = url ? resolve?.at(url, lineNumber, columnNumber) : null;
      const where = original
        ? `${original.source}:${original.line}`
        : url
          ? `${url.split('/').pop()}:${lineNumber + 1}`
          : '';
      name = `${functionName || '(anonymous)'}${where ? ` (${where})` : ''}`;
      names.set(id, name);
    }
    return name;
  };

  const stretches: number[] = [];
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let run: { node: number; ms: number }[] = [];
  const close = () => {
    const ms = run.reduce((sum, s) => sum + s.ms, 0);
    if (ms > thresholdMs) {
      stretches.push(ms);
      for (const s of run) {
        const seen = new Set<string>();
        for (let id: number | undefined = s.node; id !== undefined; id = parent.get(id)) {
          const name = nameOf(id);
          if (NOISE.has(byId.get(id)!.callFrame.functionName) || seen.has(name)) continue;
          seen.add(name);
          inclusive.set(name, (inclusive.get(name) ?? 0) + s.ms);
        }
        self.set(nameOf(s.node), (self.get(nameOf(s.node)) ?? 0) + s.ms);
      }
    }
    run = [];
  };
  let at = profile.startTime ?? 0;
  const inside = (t: number) => !within || within.some(([from, to]) => t >= from && t < to);
  for (let i = 0; i < profile.samples.length; i++) {
    const node = profile.samples[i];
    at += profile.timeDeltas[i];
    // A sample lasts until the next one is taken.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (IDLE.has(byId.get(node)!.callFrame.functionName) || !inside(at)) close();
    else run.push({ node, ms });
  }
  close();
  const sorted = (m: Map<string, number>) =>
    [...m].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms);
  return { stretches, inclusive: sorted(inclusive), self: sorted(self) };
}
