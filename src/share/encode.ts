import { toBase64url } from './base64url';
import { cellIssues, issueText } from './cellRules';
import { deflate } from './compression';
import { fail, pass, type Step } from './errors';
import type { CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { LINK_CAPS, STORAGE_CAPS, type TextCaps } from './limits';
import { parseSafeJson } from './safeJson';
import { validatePayload } from './schema';
import { SNAPSHOT_VERSION, type Snapshot } from './snapshot';
import { snapshotToPayload } from './wire';

/**
 * Snapshot → link text, through every check decoding applies (codec.ts decodes). Apart from decoding so
 * that the link worker, which only encodes, does not load what decoding needs (the cells' seed values).
 */

const encoder = new TextEncoder();

/** The snapshot's JSON text, put through the same checks decoding uses, so no link is made that would fail. */
export function snapshotToJson(snapshot: Snapshot, caps: TextCaps = LINK_CAPS): Step<string> {
  let json: string;
  try {
    json = JSON.stringify(snapshotToPayload(snapshot));
  } catch (e) {
    // A value the format cannot hold (an int64 past 2**53): that snapshot is refused, nothing else is.
    return fail('invalid', `the snapshot cannot be written (${e instanceof Error ? e.message : String(e)})`);
  }
  if (json.length > caps.maxJsonBytes) {
    return fail('too-large', `the snapshot is ${json.length} bytes of JSON, more than ${caps.maxJsonBytes}`);
  }
  const parsed = parseSafeJson(json, caps.maxJsonBytes);
  if (!parsed.ok) return parsed;
  const checked = validatePayload(parsed.value);
  if (!checked.ok) return checked;
  // Then the cells' own rules, as decoding applies them: it would repair or refuse a cell that breaks them.
  const issues = cellIssues(snapshot);
  return issues.length > 0 ? fail('invalid', issues.map(issueText).join('; ')) : pass(json);
}

/** The fragment (without `#`) carrying `snapshot`, or why it cannot be carried (within `caps`). */
export function encodeFragment(snapshot: Snapshot, caps: TextCaps = LINK_CAPS): Step<string> {
  const json = snapshotToJson(snapshot, caps);
  if (!json.ok) return json;
  return pass(`v=${SNAPSHOT_VERSION}&s=${toBase64url(deflate(encoder.encode(json.value)))}`);
}

/**
 * One cell's saved text (the autosave keeps each cell under its own key): a fragment whose snapshot holds
 * only that cell, within the storage's caps rather than a link's.
 */
export function encodeCellFragment(id: CellId, cell: CellInputs): Step<string> {
  return encodeFragment({ version: SNAPSHOT_VERSION, inputs: { [id]: cell } }, STORAGE_CAPS);
}
