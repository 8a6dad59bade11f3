import type { EditTime } from './editLatency';
import { EVENT_TIMING_THRESHOLD } from './eventTiming';
import { percentile, percentileBelow } from './stats';

/** Keydown entries of a run that belong to no edit. */
export interface Unmatched {
  /** The Control key pressed just before an Enter (reported when its own next frame came late). */
  readonly chordKeys: number;
  /** Keydowns we did not press. */
  readonly otherEntries: number;
}

const WIDTHS = [18, 6, 5, 13, 11, 7, 11, 13, 13, 7];
const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padEnd(WIDTHS[i])).join('  ');

/** The table's title, what each column means, any `notes` on the run, and its header. */
export function editTableHead(notes: readonly string[] = []): string[] {
  return [
    'Edit → every output of the cell painted, ms from the Ctrl+Enter keydown, p50 / p95:',
    '  presented: until the frame showing the edit was presented, exact: Chromium’s EventLatency',
    '    trace event for the keydown (the target applies to it);',
    "  painted: the same span as the page's Event Timing API reports it (8 ms steps;",
    `    "<${EVENT_TIMING_THRESHOLD}" when the browser reported none, i.e. under its threshold);`,
    '  DOM: until the DOM shows every new data-numpy (the JS work: parse, derive, render);',
    '  next paint: until a task posted from the next animation frame runs (its rendering done);',
    '  entries: keydowns with an Event Timing entry / edits; in handler: edits whose values were',
    "    in the DOM before the keydown's handling ended (so both measures cover their work).",
    ...notes.map((n) => `  ${n}`),
    '  ' +
      line([
        'cell',
        'size',
        'edits',
        'presented',
        'painted',
        'entries',
        'in handler',
        'DOM',
        'next paint',
        'target',
      ]),
  ];
}

/** One row of the table (a cell, or all of them), with notes on anything the numbers do not show. */
export function editTableRow(
  name: string,
  size: string,
  target: number,
  times: readonly EditTime[],
  unmatched: Unmatched,
): string[] {
  const pair = (pick: (t: EditTime) => number | null) => {
    const v = times.map(pick).filter((x): x is number => x !== null);
    return v.length ? `${percentile(v, 0.5).toFixed(1)} / ${percentile(v, 0.95).toFixed(1)}` : '—';
  };
  const painted = times.map((t) => t.painted);
  const below = (q: number) => {
    const v = percentileBelow(painted, q);
    return v === null ? `<${EVENT_TIMING_THRESHOLD}` : String(v);
  };
  const count = (pick: (t: EditTime) => boolean) => `${times.filter(pick).length}/${times.length}`;
  const lines = [
    '  ' +
      line([
        name,
        size,
        times.length,
        pair((t) => t.presented),
        `${below(0.5)} / ${below(0.95)}`,
        count((t) => t.painted !== null),
        count((t) => t.inHandler),
        pair((t) => t.dom),
        pair((t) => t.nextPaint),
        `≤ ${target}`,
      ]),
  ];
  // An entry is missing only if the frame came late: rounded, it would have been over the threshold.
  const missing = times.filter((t) => t.painted === null && t.nextPaint >= EVENT_TIMING_THRESHOLD + 8);
  if (missing.length) lines.push(`    ! ${missing.length} slow edits without an Event Timing entry`);
  const untraced = times.filter((t) => t.presented === null).length;
  if (untraced && untraced < times.length) {
    lines.push(`    ! ${untraced} edits without an EventLatency span in the trace`);
  }
  if (unmatched.chordKeys) {
    lines.push(
      `    (${unmatched.chordKeys} entries for the Control key pressed just before Enter: not edits)`,
    );
  }
  if (unmatched.otherEntries) {
    lines.push(`    ! ${unmatched.otherEntries} keydown entries matched none of our keydowns`);
  }
  const waited = times.filter((t) => t.inputDelay !== null && t.inputDelay >= 8);
  if (waited.length) {
    const worst = Math.max(...waited.map((t) => t.inputDelay ?? 0));
    lines.push(
      `    ! ${waited.length} keydowns waited ≥ 8 ms for the main thread (at most ${worst.toFixed(0)} ms)`,
    );
  }
  return lines;
}
