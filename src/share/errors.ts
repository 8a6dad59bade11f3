import type { CellId } from '../notebook/cellIds';
import type { Snapshot } from './snapshot';

/**
 * What was wrong with one cell of a snapshot (src/share/cellRules.ts): 'missing-matrix' is repaired with
 * the seed's value, 'unknown-matrix' refuses the cell.
 */
export interface CellIssue {
  readonly cell: CellId;
  readonly code: 'missing-matrix' | 'unknown-matrix';
  /** The matrices missing, or the names the cell does not have. */
  readonly names: readonly string[];
}

/**
 * Why a snapshot could not be read, one code per thing the page can explain
 * (LinkBanner's message table has a sentence for each).
 */
export type DecodeErrorCode =
  | 'malformed'
  | 'too-long'
  | 'unsupported-version'
  | 'bad-encoding'
  | 'corrupt'
  | 'too-large'
  | 'bad-json'
  | 'forbidden-key'
  | 'non-finite'
  | 'shape-too-large'
  | 'invalid'
  /** Every cell the snapshot carries holds matrices its cell does not have (see cellRules.ts). */
  | 'cells-refused'
  /** Not a decoding failure: the browser refused to store the autosave (full, or storage disabled). */
  | 'storage-refused';

/** A typed decode failure: a stable `code` and a technical `message` saying what and where. */
export interface DecodeError {
  readonly code: DecodeErrorCode;
  readonly message: string;
  /** For 'cells-refused': what was wrong with each cell. */
  readonly cells?: readonly CellIssue[];
}

/** What every decoder returns instead of throwing. */
export type DecodeResult<T = Snapshot> =
  | {
      readonly ok: true;
      readonly snapshot: T;
      /** Cells repaired or left out on the way in (cellRules.ts), for the banner to tell. */
      readonly issues?: readonly CellIssue[];
    }
  | { readonly ok: false; readonly error: DecodeError };

/** Longest message kept: messages may quote (as plain text) a piece of the hostile input. */
const MAX_MESSAGE_CHARS = 200;

/** A failed result with `code` and `message` (cut to a readable length). */
export function fail(code: DecodeErrorCode, message: string): { ok: false; error: DecodeError } {
  const text = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
  return { ok: false, error: { code, message: text } };
}

/** One stage of decoding: its value, or the error that stops the pipeline. */
export type Step<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DecodeError };

/** A stage's successful value. */
export function pass<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
