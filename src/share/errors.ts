import type { Snapshot } from './snapshot';

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
  /** Not a decoding failure: the browser refused to store the autosave (full, or storage disabled). */
  | 'storage-refused';

/** A typed decode failure: a stable `code` and a technical `message` saying what and where. */
export interface DecodeError {
  readonly code: DecodeErrorCode;
  readonly message: string;
}

/** What every decoder returns instead of throwing. */
export type DecodeResult<T = Snapshot> =
  { readonly ok: true; readonly snapshot: T } | { readonly ok: false; readonly error: DecodeError };

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
