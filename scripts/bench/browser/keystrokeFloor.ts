import type { Browser, Page } from 'playwright-core';
import { pressChord, settle, timeKeydowns } from './editLatency';

/**
 * The browser's own floor for input → next paint on this machine: the edits' Ctrl+Enter, pressed the same
 * way into a bare textarea whose only listener writes one number into the page, timed by the same Event
 * Timing entries and trace spans as the edits. Whatever an edit costs comes on top of this: the frame's
 * rendering of this page, and in headless Chromium without a GPU, rasterising and presenting it in
 * software. Its p95 says how much of the one-frame target is left for any page at all.
 */
export interface KeystrokeFloor {
  /** Per keystroke, its Event Timing duration, or null when under the API's threshold. */
  readonly painted: (number | null)[];
  /** Per keystroke, the exact span from Chromium's trace (null when not traced). */
  readonly presented: (number | null)[];
  /** Entries that matched none of the keystrokes. */
  readonly otherEntries: number;
}

declare global {
  interface Window {
    __floorKeys?: number[];
  }
}

/** Presses Ctrl+Enter `count` times into a bare textarea added at the top of the page. */
export async function timeKeystrokeFloor(
  page: Page,
  count: number,
  options: { trace?: Browser } = {},
): Promise<KeystrokeFloor> {
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.setAttribute('data-bench-floor', '');
    box.setAttribute('aria-label', 'benchmark keystrokes');
    const shown = document.createElement('output');
    shown.setAttribute('data-bench-floor', '');
    document.body.prepend(box, shown);
    const keys: number[] = [];
    window.__floorKeys = keys;
    box.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !e.ctrlKey) return;
      // As the app's text mode does: the chord is a command, not a line break.
      e.preventDefault();
      keys.push(e.timeStamp);
      shown.textContent = String(keys.length);
    });
  });
  await page.locator('textarea[data-bench-floor]').focus();
  const { entries, presented, chordKeys, others } = await timeKeydowns(page, options.trace, async () => {
    for (let i = 0; i < count; i++) {
      await pressChord(page);
      await settle(page);
    }
    return page.evaluate(() => window.__floorKeys ?? []);
  });
  await page.evaluate(() => document.querySelectorAll('[data-bench-floor]').forEach((e) => e.remove()));
  return { painted: entries.map((e) => e?.duration ?? null), presented, otherEntries: others + chordKeys };
}
