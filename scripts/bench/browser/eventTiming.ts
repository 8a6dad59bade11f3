import type { Page } from 'playwright-core';

/**
 * The browser's own measure of input → next paint: the Event Timing API, what INP is built on. For each
 * keydown it reports `duration`, from the event's timeStamp to the presentation of the first frame after
 * its handlers ran, rounded to 8 ms; and only when that is at least the observer's `durationThreshold`,
 * whose lowest allowed value is 16 ms. A keydown without an entry was therefore presented sooner.
 */

/** One keydown's Event Timing entry, in ms on the page's clock. */
export interface KeydownTiming {
  /** The event's timeStamp. */
  readonly startTime: number;
  /** Until the next frame was presented, rounded to 8 ms. */
  readonly duration: number;
  /** When the first listener started, and the last (with its microtasks) ended. */
  readonly processingStart: number;
  readonly processingEnd: number;
}

/** The lowest threshold the API allows: faster keydowns are not reported. */
export const EVENT_TIMING_THRESHOLD = 16;

declare global {
  interface Window {
    __benchKeydowns?: KeydownTiming[];
  }
}

/** Starts collecting the page's keydown entries (once per page; later calls do nothing). */
export async function observeKeydowns(page: Page): Promise<void> {
  await page.evaluate((durationThreshold) => {
    if (window.__benchKeydowns) return;
    const seen: KeydownTiming[] = [];
    window.__benchKeydowns = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        if (e.name !== 'keydown') continue;
        const { startTime, duration, processingStart, processingEnd } = e;
        seen.push({ startTime, duration, processingStart, processingEnd });
      }
    }).observe({ type: 'event', durationThreshold } as PerformanceObserverInit);
  }, EVENT_TIMING_THRESHOLD);
}

/**
 * The keydown entries collected since the last call. Entries are delivered after the frame they wait
 * for has been presented, so this waits a few frames first.
 */
export async function takeKeydowns(page: Page): Promise<KeydownTiming[]> {
  return page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => setTimeout(done, 50));
    return window.__benchKeydowns?.splice(0) ?? [];
  });
}

/** How the keydowns pressed in a run matched the entries the browser reported. */
export interface KeydownMatch {
  /** Per keydown pressed, its entry, or null when none came (presented within the threshold). */
  readonly entries: (KeydownTiming | null)[];
  /** Entries of keydowns just before one of ours (under 100 ms): the Control key of the Ctrl+Enter chord. */
  readonly chordKeys: number;
  /** Entries that are neither: keydowns we did not press. */
  readonly others: number;
}

/**
 * Pairs each of our keydowns (by its event timeStamp, which is the entry's startTime) with its entry.
 * The two are the same number on the same clock; the tolerance only absorbs coarsened timers.
 */
export function matchKeydowns(pressedAt: readonly number[], entries: readonly KeydownTiming[]): KeydownMatch {
  const left = [...entries];
  const matched = pressedAt.map((t) => {
    const i = left.findIndex((e) => Math.abs(e.startTime - t) < 0.2);
    return i < 0 ? null : left.splice(i, 1)[0];
  });
  const chordKeys = left.filter((e) =>
    pressedAt.some((t) => t > e.startTime && t - e.startTime < 100),
  ).length;
  return { entries: matched, chordKeys, others: left.length - chordKeys };
}
