import * as v from 'valibot';
import { snapshotToJson, decodeJson } from './codec';
import { fail, pass, type DecodeResult, type Step } from './errors';
import { LIMITS } from './limits';
import { parseSafeJson } from './safeJson';
import { SNAPSHOT_VERSION, type Snapshot } from './snapshot';

/**
 * A snapshot as a downloadable JSON file, for notebooks whose link would be too long to paste:
 * `{ "format": "layer-explorer-snapshot", "version": 1, "snapshot": { cell?, inputs } }`.
 * Reading one goes through the same caps, migrations and schema as a link.
 */

/** The `format` value that marks a Layer Explorer snapshot file. */
export const FILE_FORMAT = 'layer-explorer-snapshot';

/** The file name offered for a download. */
export const FILE_NAME = 'layer-explorer-snapshot.json';

const envelope = v.strictObject({
  format: v.literal(FILE_FORMAT),
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  snapshot: v.unknown(),
});

/** The JSON file text for `snapshot` (pretty-printed enough to read), or why it cannot be written. */
export function toJsonFile(snapshot: Snapshot): Step<string> {
  const json = snapshotToJson(snapshot);
  if (!json.ok) return json;
  return pass(
    `{\n"format": "${FILE_FORMAT}",\n"version": ${SNAPSHOT_VERSION},\n"snapshot": ${json.value}\n}\n`,
  );
}

/** A snapshot file's text → its snapshot, or a typed error. Never throws. */
export function fromJsonFile(text: string): DecodeResult {
  try {
    if (text.length > LIMITS.maxJsonBytes) {
      return fail('too-large', `the file is ${text.length} characters, more than ${LIMITS.maxJsonBytes}`);
    }
    const json = parseSafeJson(text);
    if (!json.ok) return json;
    const file = v.safeParse(envelope, json.value, { abortEarly: true });
    if (!file.success)
      return fail('invalid', `not a Layer Explorer snapshot file: ${file.issues[0].message}`);
    // The inner snapshot is re-serialised so that it passes the same parse, migration and schema as a link.
    return decodeJson(JSON.stringify(file.output.snapshot), file.output.version);
  } catch (e) {
    return fail('invalid', `the file could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
