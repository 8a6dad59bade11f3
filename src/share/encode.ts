import { toBase64url } from './base64url';
import { cellIssues, issueText } from './cellRules';
import { deflate } from './compression';
import { fail, pass, type Step } from './errors';
import { LIMITS } from './limits';
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
export function snapshotToJson(snapshot: Snapshot): Step<string> {
  const json = JSON.stringify(snapshotToPayload(snapshot));
  if (json.length > LIMITS.maxJsonBytes) {
    return fail(
      'too-large',
      `the snapshot is ${json.length} bytes of JSON, more than ${LIMITS.maxJsonBytes}`,
    );
  }
  const parsed = parseSafeJson(json);
  if (!parsed.ok) return parsed;
  const checked = validatePayload(parsed.value);
  if (!checked.ok) return checked;
  // Then the cells' own rules, as decoding applies them: it would repair or refuse a cell that breaks them.
  const issues = cellIssues(snapshot);
  return issues.length > 0 ? fail('invalid', issues.map(issueText).join('; ')) : pass(json);
}

/** The fragment (without `#`) carrying `snapshot`, or why it cannot be carried. */
export function encodeFragment(snapshot: Snapshot): Step<string> {
  const json = snapshotToJson(snapshot);
  if (!json.ok) return json;
  return pass(`v=${SNAPSHOT_VERSION}&s=${toBase64url(deflate(encoder.encode(json.value)))}`);
}
