import type { Browser, Page } from 'playwright-core';
import { textBox, typeMatrix } from '../../../tests/e2e/harness/notebookPage';
import type { EditCase } from './editCases';
import { matchKeydowns, observeKeydowns, takeKeydowns, type KeydownMatch } from './eventTiming';
import { startPresentationTrace, stopPresentationTrace } from './presentation';

/** Times of one edit, in ms from the Ctrl+Enter keydown's timeStamp (so input queueing counts). */
export interface EditTime {
  /**
   * Until the next frame was presented, as the browser's Event Timing reports it for that keydown
   * (rounded to 8 ms); null when it reported nothing, i.e. under its 16 ms threshold.
   */
  readonly painted: number | null;
  /**
   * The same span unrounded, from Chromium's EventLatency trace event: keydown timestamp to the
   * presentation of the frame that showed the edit. Null when the run was not traced.
   */
  readonly presented: number | null;
  /** How long the keydown waited for the main thread before its first listener ran (from its entry). */
  readonly inputDelay: number | null;
  /** Until the DOM shows every new value (the JS work: parse, derive, render). */
  readonly dom: number;
  /**
   * Until a message posted from the next animation frame arrives: that frame's rendering (style,
   * layout, paint) is done on the main thread. Finer than `painted`, and never reported missing.
   */
  readonly nextPaint: number;
  /**
   * Whether the values were already in the DOM when the keydown reached window's bubbling listener,
   * i.e. the commit and React's render ran inside that event's handling (so Event Timing covers them).
   */
  readonly inHandler: boolean;
}

/** Times of one case. */
export interface EditTimes {
  readonly times: EditTime[];
  /** Edits whose hooks never showed the expected values (a bug, not a slow edit). */
  readonly failures: string[];
  /** Keydown entries of the Control key pressed just before our Enter (slow enough to be reported). */
  readonly chordKeys: number;
  /** Keydown entries that matched none of our keydowns. */
  readonly otherEntries: number;
}

/** What the page measures; `painted` is added from the Event Timing entries afterwards. */
type PageTime = Omit<EditTime, 'painted' | 'presented' | 'inputDelay'> & { readonly pressedAt: number };

declare global {
  interface Window {
    __benchEdit?: Promise<PageTime>;
  }
}

/**
 * Arms the page for one edit: a capturing keydown listener notes the Ctrl+Enter's timeStamp, a
 * bubbling one on window checks whether the values are already shown when the event's handling ends,
 * a MutationObserver waits until every hook of the cell shows the expected data-numpy, and then the
 * next frames are timed.
 */
async function arm(page: Page, cell: string, expected: Record<string, string | null>, timeoutMs: number) {
  await page.evaluate(
    ({ cell, expected, timeoutMs }) => {
      window.__benchEdit = new Promise((resolve, reject) => {
        const root = document.querySelector(`[data-cell="${cell}"]`);
        if (!root) return reject(new Error(`no cell ${cell}`));
        let pressedAt = NaN;
        let inHandler = false;
        const ours = (e: KeyboardEvent) => e.key === 'Enter' && e.ctrlKey;
        const onKeyCapture = (e: KeyboardEvent) => {
          if (ours(e)) pressedAt = e.timeStamp;
        };
        // After React's root listener and the microtasks it queued: what the event's handling did.
        const onKeyBubble = (e: KeyboardEvent) => {
          if (ours(e)) inHandler = shows();
        };
        window.addEventListener('keydown', onKeyCapture, { capture: true });
        window.addEventListener('keydown', onKeyBubble);
        const numpyOf = (name: string) =>
          root.querySelector(`[data-matrix="${name}"]`)?.getAttribute('data-numpy');
        const before = Object.fromEntries(Object.keys(expected).map((name) => [name, numpyOf(name)]));
        // null: must differ from before (and not be an error).
        const ok = (name: string, numpy: string | null) =>
          numpy === null ? numpyOf(name) !== before[name] && numpyOf(name) !== '' : numpyOf(name) === numpy;
        const shows = () => Object.entries(expected).every(([name, numpy]) => ok(name, numpy));
        const disarm = () => {
          observer.disconnect();
          window.removeEventListener('keydown', onKeyCapture, { capture: true });
          window.removeEventListener('keydown', onKeyBubble);
        };
        const timer = setTimeout(() => {
          disarm();
          const wrong = Object.entries(expected).flatMap(([n, v]) =>
            ok(n, v)
              ? []
              : [`${n} shows ${JSON.stringify(numpyOf(n))}, expected ${JSON.stringify(v ?? 'a change')}`],
          );
          reject(new Error(`after ${timeoutMs} ms: ${wrong.join('; ')}`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (Number.isNaN(pressedAt) || !shows()) return;
          observer.disconnect();
          clearTimeout(timer);
          const dom = performance.now() - pressedAt;
          const since = () => performance.now() - pressedAt;
          const nextPaint = new Promise<number>((done) =>
            requestAnimationFrame(() => {
              // A task queued from the frame's rAF runs once that frame's rendering is done.
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done(since());
              channel.port2.postMessage(null);
            }),
          );
          // The edit's own frames are over a frame later, before the bench goes on.
          const frameLater = new Promise<void>((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done())),
          );
          void Promise.all([nextPaint, frameLater]).then(([nextPaint]) => {
            // The bubbling listener has run by now: the DOM changed after the keydown was dispatched.
            disarm();
            resolve({ pressedAt, dom, nextPaint, inHandler });
          });
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      // An unawaited rejection must not be reported before the bench reads it.
      window.__benchEdit.catch(() => {});
    },
    { cell, expected, timeoutMs },
  );
}

/**
 * Lets the charts catch up between edits, as they would while a learner reads the numbers: waits for an
 * idle period of at least 40 ms, which the browser grants only when no frame, task or timer is pending
 * (so the chain of frames before Plotly draws has run out); at most 3 s.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        const wait = () =>
          requestIdleCallback((deadline) =>
            deadline.timeRemaining() >= 40 || performance.now() - started > 3000 ? resolve() : wait(),
          );
        requestAnimationFrame(() => setTimeout(wait, 0));
      }),
  );
}

/**
 * How long Control is held before Enter, as in a learner's Ctrl+Enter. Playwright's `press('Control+Enter')`
 * sends both keydowns within a millisecond, which no hand does: the Control keydown then has the
 * compositor ask for a frame, and the Enter lands just after that frame's tick, so it always waits for the
 * next one. Hands press the two keys tens of milliseconds apart, by when the page is idle again.
 */
export const CHORD_GAP_MS = 60;

/** Ctrl+Enter into the focused element, with Control held `CHORD_GAP_MS` first. */
export async function pressChord(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.waitForTimeout(CHORD_GAP_MS);
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
}

/** What `timeKeydowns` found for the keydowns a run measured, in the order it pressed them. */
export interface KeydownTimes extends KeydownMatch {
  /** Per keydown, its exact span from Chromium's trace (null when the run was not traced, or none came). */
  readonly presented: (number | null)[];
}

/**
 * Times a run of keydowns by both measures: once the page has settled, `press` presses its keys and
 * returns the timeStamps of the keydowns it measures; each is then matched to its Event Timing entry and,
 * with `trace`, to its EventLatency span.
 */
export async function timeKeydowns(
  page: Page,
  trace: Browser | undefined,
  press: () => Promise<readonly number[]>,
): Promise<KeydownTimes> {
  await observeKeydowns(page);
  await settle(page);
  await takeKeydowns(page);
  if (trace) await startPresentationTrace(trace, page);
  const pressedAt = await press();
  const spans = trace ? await stopPresentationTrace(trace, page) : [];
  return {
    ...matchKeydowns(pressedAt, await takeKeydowns(page)),
    presented: pressedAt.map((t) => spans.find((p) => Math.abs(p.startTime - t) < 1)?.duration ?? null),
  };
}

/**
 * Types the case's setup, then times each edit of x. Each edit's `painted` is the Event Timing entry
 * whose startTime is that Ctrl+Enter's timeStamp, its `presented` the trace span that starts then.
 */
export async function timeEdits(
  page: Page,
  c: EditCase,
  options: { trace?: Browser } = {},
): Promise<EditTimes> {
  for (const m of c.setup) {
    await typeMatrix(page, c.cell, m.name, m.text);
    await page.waitForFunction(
      ({ selector, numpy }) => document.querySelector(selector)?.getAttribute('data-numpy') === numpy,
      { selector: `[data-cell="${c.cell}"] [data-matrix="${m.name}"]`, numpy: m.numpy },
      { timeout: 60_000 },
    );
  }
  const measured: PageTime[] = [];
  const failures: string[] = [];
  const { entries, presented, chordKeys, others } = await timeKeydowns(page, options.trace, async () => {
    for (const [i, edit] of c.edits.entries()) {
      const box = await textBox(page, c.cell, 'x');
      await box.fill(edit.typed.text);
      // Generous: a slow edit is a number to print, not a failure; only a wrong value is.
      await arm(page, c.cell, edit.expected, 30_000);
      await pressChord(page);
      try {
        measured.push(await page.evaluate(() => window.__benchEdit as Promise<PageTime>));
      } catch (error) {
        failures.push(
          `edit ${i + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      }
      await settle(page);
    }
    return measured.map((m) => m.pressedAt);
  });
  const times = measured.map(({ pressedAt: _, ...m }, i) => {
    const entry = entries[i];
    return {
      ...m,
      painted: entry?.duration ?? null,
      presented: presented[i],
      inputDelay: entry ? entry.processingStart - entry.startTime : null,
    };
  });
  return { times, failures, chordKeys, otherEntries: others };
}
