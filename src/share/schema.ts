import * as v from 'valibot';
import { CELL_IDS } from '../notebook/cellIds';
import { LIMITS } from './limits';
import { fail, pass, type Step } from './errors';

/**
 * The snapshot's wire format (JSON), validated strictly before anything is built from it: no extra keys,
 * known cell ids and dtypes, capped shapes, finite numbers. Float64 values NumPy can hold but JSON cannot
 * travel as tags: "nan", "inf", "-inf", and "-0" (JSON would turn -0.0 into 0).
 */

/** The tags standing for float64 values JSON has no number for. */
export const FLOAT_TAGS = ['nan', 'inf', '-inf', '-0'] as const;

/** A tagged float64 value. */
export type FloatTag = (typeof FLOAT_TAGS)[number];

/** Matrix names: identifiers, as the notebook's x, W, b, t, dout. */
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** Keys that could reach an object's prototype if a later consumer were careless. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Start of every message about a matrix past the size caps (decode maps it to 'shape-too-large'). */
const SHAPE_MESSAGE_PREFIX = 'shape ';

const dimension = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(LIMITS.maxDimLength));

const value = v.union([v.pipe(v.number(), v.finite()), v.picklist(FLOAT_TAGS)]);

function product(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** Whether every value suits the dtype: any for float64, safe integers for int64, 0/1 for bool. */
function valuesFitDtype(m: { dtype: string; data: readonly (number | string)[] }): boolean {
  if (m.dtype === 'int64') return m.data.every((x) => typeof x === 'number' && Number.isSafeInteger(x));
  if (m.dtype === 'bool') return m.data.every((x) => x === 0 || x === 1);
  return true;
}

const matrix = v.pipe(
  v.strictObject({
    shape: v.pipe(v.array(dimension), v.maxLength(LIMITS.maxDims)),
    dtype: v.picklist(['float64', 'int64', 'bool']),
    data: v.array(value),
  }),
  v.check(
    (m) => product(m.shape) <= LIMITS.maxElements,
    (issue) => {
      const shape = (issue.input as { shape: number[] }).shape;
      return `${SHAPE_MESSAGE_PREFIX}${shapeText(shape)} has ${product(shape)} elements, more than ${LIMITS.maxElements}`;
    },
  ),
  v.check(
    (m) => m.data.length === product(m.shape),
    (issue) => {
      const m = issue.input as { shape: number[]; data: unknown[] };
      return `data has ${m.data.length} values but shape ${shapeText(m.shape)} needs ${product(m.shape)}`;
    },
  ),
  v.check(
    (m) => valuesFitDtype(m),
    (issue) => {
      const dtype = (issue.input as { dtype: string }).dtype;
      return dtype === 'int64' ? 'int64 values must be whole numbers' : 'bool values must be 0 or 1';
    },
  ),
);

// valibot's record() skips __proto__, constructor and prototype keys; parseSafeJson rejects them before this.
const matrixName = v.pipe(v.string(), v.regex(NAME_PATTERN, 'a matrix name must be an identifier'));

const cell = v.strictObject({
  matrices: v.pipe(v.record(matrixName, matrix), v.maxEntries(LIMITS.maxMatricesPerCell)),
  dout: v.picklist(['seed', 'ones', 'custom']),
  seed: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
});

/** The current (v1) snapshot JSON: `{ cell?, inputs: { [cellId]: { matrices, dout, seed } } }`. */
export const payloadSchema = v.strictObject({
  cell: v.optional(v.picklist(CELL_IDS)),
  inputs: v.record(v.picklist(CELL_IDS), cell),
});

/** Snapshot JSON as validated: what `validatePayload` hands on. */
export type Payload = v.InferOutput<typeof payloadSchema>;

/** One matrix as it travels. */
export type WireMatrix = v.InferOutput<typeof matrix>;

/** Where in the JSON an issue sits, as a dotted path (`inputs.relu.matrices.x.shape.0`). */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((item) => String(item.key)).join('.') || '(top level)';
}

/** Whether an issue is about a matrix too large for the caps. */
function isShapeIssue(issue: v.BaseIssue<unknown>): boolean {
  const keys = issue.path?.map((item) => item.key) ?? [];
  const inShape = keys.at(-1) === 'shape' || keys.at(-2) === 'shape';
  if (inShape && (issue.type === 'max_value' || issue.type === 'max_length')) return true;
  return issue.type === 'check' && issue.message.startsWith(SHAPE_MESSAGE_PREFIX);
}

/** Checks parsed JSON against the v1 schema; the first issue becomes a typed error saying where. */
export function validatePayload(json: unknown): Step<Payload> {
  const result = v.safeParse(payloadSchema, json, { abortEarly: true });
  if (result.success) return pass(result.output);
  const issue = result.issues[0];
  const code = isShapeIssue(issue) ? 'shape-too-large' : 'invalid';
  const message = issue.expected === 'never' ? 'this key has no place in a snapshot' : issue.message;
  return fail(code, `${pathOf(issue)}: ${message}`);
}
