import { fromBase64url } from './base64url';
import { checkCells } from './cellRepair';
import { inflateCapped } from './compression';
import { fail, pass, type DecodeResult, type Step } from './errors';
import { LINK_CAPS, type TextCaps } from './limits';
import { migrate } from './migrations';
import { parseSafeJson } from './safeJson';
import { validatePayload } from './schema';
import { SNAPSHOT_VERSION } from './snapshot';
import { payloadToSnapshot } from './wire';

/**
 * Snapshot ⇄ URL fragment: `v=<version>&s=<base64url(deflate(JSON))>`. Decoding runs every stage behind a
 * cap or a check and returns a typed error at the first failure; it never throws (docs/sharing.md).
 */

export { encodeFragment, snapshotToJson } from './encode';

/**
 * Snapshot JSON text of `version` → a snapshot: parse safely, migrate, validate, build, then check each
 * cell against what it holds (repaired and refused cells come back as `issues`).
 */
export function decodeJson(text: string, version: number, caps: TextCaps = LINK_CAPS): DecodeResult {
  const json = parseSafeJson(text, caps.maxJsonBytes);
  if (!json.ok) return json;
  const current = migrate(version, json.value);
  if (!current.ok) return current;
  const payload = validatePayload(current.value);
  if (!payload.ok) return payload;
  const checked = checkCells(payloadToSnapshot(payload.value));
  if (!checked.ok) return checked;
  return checked.issues.length > 0
    ? { ok: true, snapshot: checked.snapshot, issues: checked.issues }
    : { ok: true, snapshot: checked.snapshot };
}

/** The `v` and `s` parameters of a fragment; other parameters are ignored, repeated ones are malformed. */
function readParams(fragment: string): Step<{ version: number; data: string }> {
  let version: string | undefined;
  let data: string | undefined;
  for (const part of fragment.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === 'v' || key === 's') {
      if ((key === 'v' ? version : data) !== undefined) return fail('malformed', `"${key}" appears twice`);
      if (key === 'v') version = value;
      else data = value;
    }
  }
  if (version === undefined) return fail('malformed', 'the link has no version ("v=")');
  if (!/^\d{1,9}$/.test(version)) return fail('malformed', 'the version ("v=") is not a whole number');
  if (!data) return fail('malformed', 'the link has no data ("s=")');
  return pass({ version: Number(version), data });
}

/** A fragment without its leading `#`. */
export function bareFragment(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}

/** Whether a URL fragment is meant as a snapshot (has `v=` or `s=`), as opposed to an ordinary anchor. */
export function isSnapshotFragment(hash: string): boolean {
  return bareFragment(hash)
    .split('&')
    .some((part) => part === 'v' || part === 's' || part.startsWith('v=') || part.startsWith('s='));
}

function decodeFragmentUnguarded(hash: string, caps: TextCaps): DecodeResult {
  const fragment = bareFragment(hash);
  if (fragment.length > caps.maxFragmentChars) {
    return fail(
      'too-long',
      `the link's data is ${fragment.length} characters, more than ${caps.maxFragmentChars}`,
    );
  }
  const params = readParams(fragment);
  if (!params.ok) return params;
  if (params.value.version > SNAPSHOT_VERSION) {
    return fail(
      'unsupported-version',
      `version ${params.value.version} is newer than this page reads (up to ${SNAPSHOT_VERSION})`,
    );
  }
  const bytes = fromBase64url(params.value.data);
  if (!bytes.ok) return bytes;
  const inflated = inflateCapped(bytes.value, caps.maxJsonBytes);
  if (!inflated.ok) return inflated;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
  } catch {
    return fail('bad-json', 'the data is not UTF-8 text');
  }
  return decodeJson(text, params.value.version, caps);
}

/**
 * A URL fragment (with or without `#`) → the snapshot it carries, or a typed error. Never throws: a
 * failure no stage foresaw is still reported, as 'invalid'. `caps` are a link's unless the autosave asks.
 */
export function decodeFragment(hash: string, caps: TextCaps = LINK_CAPS): DecodeResult {
  try {
    return decodeFragmentUnguarded(hash, caps);
  } catch (e) {
    return fail('invalid', `the link could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}
