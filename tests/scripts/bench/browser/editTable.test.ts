import { describe, expect, it } from 'vitest';
import type { EditTime } from '../../../../scripts/bench/browser/editLatency';
import { editTableHead, editTableRow } from '../../../../scripts/bench/browser/editTable';

const time = (painted: number | null, extra: Partial<EditTime> = {}): EditTime => ({
  painted,
  presented: painted === null ? 13.5 : painted + 1.5,
  inputDelay: painted === null ? null : 0,
  dom: 4,
  nextPaint: 12,
  inHandler: true,
  ...extra,
});
const none = { chordKeys: 0, otherEntries: 0 };

describe('editTableHead', () => {
  it('names the exact presented column first among the timings, and what each column means', () => {
    const head = editTableHead();
    expect(head.at(-1)).toMatch(
      /cell +size +edits +presented +painted +entries +in handler +DOM +next paint/,
    );
    expect(head.join('\n')).toContain('Event Timing');
    expect(head.join('\n')).toContain('EventLatency');
  });
});

describe('editTableRow', () => {
  it('prints presented and painted p50 / p95 (under the threshold as <16), and counts the entries', () => {
    const [row, ...notes] = editTableRow('relu', 'seed', 16.7, [time(null), time(null), time(24)], none);
    expect(row).toMatch(
      /relu +seed +3 +13\.5 \/ 25\.5 +<16 \/ 24 +1\/3 +3\/3 +4\.0 \/ 4\.0 +12\.0 \/ 12\.0 +≤ 16\.7/,
    );
    expect(notes).toEqual([]);
  });
  it('prints — when the run was not traced, and flags edits the trace missed', () => {
    const untraced = [time(16, { presented: null }), time(16, { presented: null })];
    expect(editTableRow('relu', 'seed', 16.7, untraced, none)[0]).toMatch(/relu +seed +2 +— +16 \/ 16/);
    const partly = [time(16), time(16, { presented: null })];
    expect(editTableRow('relu', 'seed', 16.7, partly, none).slice(1)).toEqual([
      '    ! 1 edits without an EventLatency span in the trace',
    ]);
  });
  it('flags a late frame without an entry, unmatched entries and keydowns that waited', () => {
    const times = [time(null, { nextPaint: 40 }), time(32, { inputDelay: 12 })];
    const notes = editTableRow('all cells', '64×64', 50, times, { chordKeys: 1, otherEntries: 2 }).slice(1);
    expect(notes).toEqual([
      '    ! 1 slow edits without an Event Timing entry',
      '    (1 entries for the Control key pressed just before Enter: not edits)',
      '    ! 2 keydown entries matched none of our keydowns',
      '    ! 1 keydowns waited ≥ 8 ms for the main thread (at most 12 ms)',
    ]);
  });
  it('says when the values were not in the DOM before the keydown’s handling ended', () => {
    const [row] = editTableRow('affine', 'seed', 16.7, [time(16, { inHandler: false }), time(16)], none);
    expect(row).toMatch(/ 2\/2 +1\/2 /);
  });
});
