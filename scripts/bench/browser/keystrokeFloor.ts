import type { Page } from 'playwright-core';
import { settle } from './editLatency';
import { matchKeydowns, observeKeydowns, takeKeydowns } from './eventTiming';

/**
 * The browser's own floor for input → next paint on this machine: keystrokes into a bare textarea that
 * no script listens to, timed by the same Event Timing entries as the edits. Whatever an edit costs comes
 * on top of this: waiting for the next frame, and in headless Chromium without a GPU, rasterising and
 * presenting it in software. Its p95 says how much of the one-frame target is left for any page at all.
 */
export interface KeystrokeFloor {
  /** Per keystroke, its Event Timing duration, or null when under the API's threshold. */
  readonly painted: (number | null)[];
  /** Entries that matched none of the keystrokes. */
  readonly otherEntries: number;
}

declare global {
  interface Window {
    __floorKeys?: number[];
  }
}

/** Types `count` keystrokes (a digit, then Backspace, in turn) into a bare textarea added to the page. */
export async function timeKeystrokeFloor(page: Page, count: number): Promise<KeystrokeFloor> {
  await observeKeydowns(page);
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.setAttribute('data-bench-floor', '');
    box.setAttribute('aria-label', 'benchmark keystrokes');
    box.style.cssText = 'position:fixed;left:8px;bottom:8px;width:120px;height:40px;z-index:9999';
    document.body.append(box);
    const keys: number[] = [];
    window.__floorKeys = keys;
    box.addEventListener('keydown', (e) => keys.push(e.timeStamp));
  });
  const box = page.locator('textarea[data-bench-floor]');
  await box.focus();
  await settle(page);
  await takeKeydowns(page);
  for (let i = 0; i < count; i++) {
    await box.press(i % 2 === 0 ? '7' : 'Backspace');
    await settle(page);
  }
  const pressedAt = await page.evaluate(() => window.__floorKeys ?? []);
  const { entries, others, chordKeys } = matchKeydowns(pressedAt, await takeKeydowns(page));
  await page.evaluate(() => document.querySelector('textarea[data-bench-floor]')?.remove());
  return { painted: entries.map((e) => e?.duration ?? null), otherEntries: others + chordKeys };
}
