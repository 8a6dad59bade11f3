import type { Browser, Page } from 'playwright-core';

/**
 * Exact input → presentation times, from Chromium's own trace: for every key event it records an
 * `EventLatency` span from the event's timestamp to the presentation of the frame that showed its
 * effects. Event Timing reports the same span rounded to 8 ms (and nothing under 16 ms); this is the
 * unrounded figure, for every keydown. Only the `input` category is recorded, which costs the page
 * next to nothing.
 */

/** One keydown: its timestamp on the page's clock (the event's timeStamp) and its latency, in ms. */
export interface KeyPresentation {
  readonly startTime: number;
  readonly duration: number;
}

const CLOCK_MARK = 'bench-trace-clock';

interface RawEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly pid?: number;
  readonly id?: string;
  readonly id2?: { readonly local?: string; readonly global?: string };
  readonly args?: { readonly event_latency?: { readonly event_type?: string } };
}

/** Starts recording (one trace per browser at a time) and marks the page's clock in it. */
export async function startPresentationTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ['input', 'blink.user_timing'] });
  await page.evaluate((name) => performance.mark(name), CLOCK_MARK);
}

/** Stops recording; the keydowns' latencies, on the page's clock. */
export async function stopPresentationTrace(browser: Browser, page: Page): Promise<KeyPresentation[]> {
  const markedAt = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN,
    CLOCK_MARK,
  );
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: RawEvent[] })
    .traceEvents;
  return keyPresentations(events, markedAt);
}

/**
 * The KEY_PRESSED EventLatency spans of a trace, moved onto the page's clock by the user-timing mark
 * made at `markedAt` (ms on the page's clock; the trace's times are µs on the browser's).
 */
export function keyPresentations(events: readonly RawEvent[], markedAt: number): KeyPresentation[] {
  const mark = events.find((e) => e.name === CLOCK_MARK);
  if (mark === undefined || Number.isNaN(markedAt)) throw new Error('the trace has no clock mark');
  const offset = mark.ts / 1000 - markedAt;
  // Nestable async events: a local id is unique within its process only, and an end closes the
  // latest open begin of its id.
  const idOf = (e: RawEvent) =>
    e.id2?.local !== undefined ? `${e.pid}:${e.id2.local}` : (e.id ?? e.id2?.global ?? '');
  const open = new Map<string, RawEvent[]>();
  const spans: KeyPresentation[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.name !== 'EventLatency') continue;
    const stack = open.get(idOf(e)) ?? [];
    open.set(idOf(e), stack);
    if (e.ph === 'b') stack.push(e);
    else if (e.ph === 'e') {
      const begin = stack.pop();
      if (begin?.args?.event_latency?.event_type !== 'KEY_PRESSED') continue;
      spans.push({ startTime: begin.ts / 1000 - offset, duration: (e.ts - begin.ts) / 1000 });
    }
  }
  return spans.sort((a, b) => a.startTime - b.startTime);
}
