import type { Page } from 'playwright-core';
import { textBox, typeMatrix } from '../../../tests/e2e/harness/notebookPage';
import type { EditCase } from './editCases';

/** Times of one edit, in ms from the Ctrl+Enter keydown. */
export interface EditTime {
  /** Until the DOM shows every new value (the JS work: parse, derive, render). */
  readonly dom: number;
  /** Until the second animation frame after the DOM showed them (the frame before was painted). */
  readonly doubleRaf: number;
}

/** Times of one case. */
export interface EditTimes {
  readonly times: EditTime[];
  /** Edits whose hooks never showed the expected values (a bug, not a slow edit). */
  readonly failures: string[];
}

declare global {
  interface Window {
    __benchEdit?: Promise<EditTime>;
  }
}

/**
 * Arms the page for one edit: the keydown listener notes when Ctrl+Enter was pressed (its event
 * timestamp, so input queueing counts), a MutationObserver waits until every hook of the cell shows
 * the expected data-numpy, then two animation frames make sure the frame showing them was painted.
 */
async function arm(page: Page, cell: string, expected: Record<string, string | null>, timeoutMs: number) {
  await page.evaluate(
    ({ cell, expected, timeoutMs }) => {
      window.__benchEdit = new Promise((resolve, reject) => {
        const root = document.querySelector(`[data-cell="${cell}"]`);
        if (!root) return reject(new Error(`no cell ${cell}`));
        let pressed = NaN;
        const onKey = (e: KeyboardEvent) => {
          if (e.key === 'Enter' && e.ctrlKey) pressed = e.timeStamp;
        };
        window.addEventListener('keydown', onKey, { capture: true });
        const numpyOf = (name: string) =>
          root.querySelector(`[data-matrix="${name}"]`)?.getAttribute('data-numpy');
        const before = Object.fromEntries(Object.keys(expected).map((name) => [name, numpyOf(name)]));
        // null: must differ from before (and not be an error).
        const ok = (name: string, numpy: string | null) =>
          numpy === null ? numpyOf(name) !== before[name] && numpyOf(name) !== '' : numpyOf(name) === numpy;
        const shows = () => Object.entries(expected).every(([name, numpy]) => ok(name, numpy));
        const timer = setTimeout(() => {
          observer.disconnect();
          const wrong = Object.entries(expected).flatMap(([n, v]) =>
            ok(n, v)
              ? []
              : [`${n} shows ${JSON.stringify(numpyOf(n))}, expected ${JSON.stringify(v ?? 'a change')}`],
          );
          reject(new Error(`after ${timeoutMs} ms: ${wrong.join('; ')}`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (Number.isNaN(pressed) || !shows()) return;
          observer.disconnect();
          clearTimeout(timer);
          window.removeEventListener('keydown', onKey, { capture: true });
          const dom = performance.now() - pressed;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve({ dom, doubleRaf: performance.now() - pressed })),
          );
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      // An unawaited rejection must not be reported before the bench reads it.
      window.__benchEdit.catch(() => {});
    },
    { cell, expected, timeoutMs },
  );
}

/** Lets the charts catch up between edits, as they would while a learner reads the numbers. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 0),
        ),
      ),
  );
}

/** Types the case's setup, then times each edit of x. */
export async function timeEdits(page: Page, c: EditCase): Promise<EditTimes> {
  for (const m of c.setup) {
    await typeMatrix(page, c.cell, m.name, m.text);
    await page.waitForFunction(
      ({ selector, numpy }) => document.querySelector(selector)?.getAttribute('data-numpy') === numpy,
      { selector: `[data-cell="${c.cell}"] [data-matrix="${m.name}"]`, numpy: m.numpy },
      { timeout: 60_000 },
    );
  }
  await settle(page);
  const times: EditTime[] = [];
  const failures: string[] = [];
  for (const [i, edit] of c.edits.entries()) {
    const box = await textBox(page, c.cell, 'x');
    await box.fill(edit.typed.text);
    // Generous: a slow edit is a number to print, not a failure; only a wrong value is.
    await arm(page, c.cell, edit.expected, 30_000);
    await box.press('Control+Enter');
    try {
      times.push(await page.evaluate(() => window.__benchEdit as Promise<EditTime>));
    } catch (error) {
      failures.push(
        `edit ${i + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    await settle(page);
  }
  return { times, failures };
}
