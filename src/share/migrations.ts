import * as v from 'valibot';
import { fail, pass, type Step } from './errors';
import { SNAPSHOT_VERSION } from './snapshot';

/**
 * Old snapshot formats and how each becomes the next. A link made by an older build is migrated step by
 * step (v0 → v1 → …) and then validated by the current schema, so only one schema ever guards the store.
 * To change the format: bump SNAPSHOT_VERSION, add `[old]: step` here, and add a test for the step.
 */

/**
 * v0, the draft format: cells under `cells`, a matrix's numbers under `values` (finite only), and no dout
 * choice (the seed's dout was always used). Its loose checks only guard the step; schema.ts checks the rest.
 */
const v0Schema = v.strictObject({
  cell: v.optional(v.string()),
  cells: v.record(
    v.string(),
    v.strictObject({
      matrices: v.record(
        v.string(),
        v.strictObject({ shape: v.array(v.number()), dtype: v.string(), values: v.array(v.number()) }),
      ),
      seed: v.number(),
    }),
  ),
});

/** v0 → v1: `cells` becomes `inputs`, `values` becomes `data`, and every cell gets `dout: 'seed'`. */
function v0ToV1(json: unknown): Step<unknown> {
  const parsed = v.safeParse(v0Schema, json, { abortEarly: true });
  if (!parsed.success) return fail('invalid', `not a version 0 snapshot: ${parsed.issues[0].message}`);
  const old = parsed.output;
  const inputs: Record<string, unknown> = {};
  for (const [id, cell] of Object.entries(old.cells)) {
    const matrices: Record<string, unknown> = {};
    for (const [name, m] of Object.entries(cell.matrices)) {
      matrices[name] = { shape: m.shape, dtype: m.dtype, data: m.values };
    }
    inputs[id] = { matrices, dout: 'seed', seed: cell.seed };
  }
  return pass(old.cell === undefined ? { inputs } : { cell: old.cell, inputs });
}

/** Each entry turns a snapshot of version `key` into one of version `key + 1`. */
export const MIGRATIONS: Readonly<Record<number, (json: unknown) => Step<unknown>>> = {
  0: v0ToV1,
};

/** Brings snapshot JSON of `version` up to SNAPSHOT_VERSION, or says why it cannot. */
export function migrate(version: number, json: unknown): Step<unknown> {
  if (!Number.isSafeInteger(version) || version < 0) {
    return fail('unsupported-version', `version ${version} is not a snapshot version`);
  }
  if (version > SNAPSHOT_VERSION) {
    return fail(
      'unsupported-version',
      `version ${version} is newer than this page reads (up to ${SNAPSHOT_VERSION})`,
    );
  }
  let current: Step<unknown> = pass(json);
  for (let from = version; from < SNAPSHOT_VERSION && current.ok; from++) {
    const step = MIGRATIONS[from];
    if (!step) return fail('unsupported-version', `no migration from version ${from}`);
    current = step(current.value);
  }
  return current;
}
