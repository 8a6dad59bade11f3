import fc from 'fast-check';
import { tensor, type DType, type Tensor } from '../../src/engine';
import { CELL_IDS, type CellId } from '../../src/notebook/cellIds';
import { CELL_MATRICES } from '../../src/notebook/cellMatrices';
import type { Snapshot } from '../../src/share/snapshot';
import type { CellInputs, DoutSource, NotebookInputs } from '../../src/store/types';

/** Test helpers: random valid inputs, and a form of them where -0 and NaN compare exactly. */

const floatValue = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 0.1, 1e-310, Number.MAX_VALUE),
);
const intValue = fc.maxSafeInteger().map((x) => x + 0);
const boolValue = fc.constantFrom(0, 1);

/** A random tensor of up to 3 dimensions, each 0–4 long, of any dtype. */
export const tensorArb: fc.Arbitrary<Tensor> = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    fc.constantFrom<DType>('float64', 'int64', 'bool'),
  )
  .chain(([shape, dtype]) => {
    const size = shape.reduce((n, d) => n * d, 1);
    const value = dtype === 'float64' ? floatValue : dtype === 'int64' ? intValue : boolValue;
    return fc
      .array(value, { minLength: size, maxLength: size })
      .map((data) => tensor(shape, dtype, Float64Array.from(data)));
  });

/** Random inputs for one cell: a random tensor for each matrix the cell holds (CELL_MATRICES). */
export function cellInputsArb(cell: CellId): fc.Arbitrary<CellInputs> {
  return fc.record({
    matrices: fc.record(
      Object.fromEntries(CELL_MATRICES[cell].map((name) => [name, tensorArb])) as Record<
        string,
        fc.Arbitrary<Tensor>
      >,
    ),
    dout: fc.constantFrom<DoutSource>('seed', 'ones', 'custom'),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  });
}

/** Random inputs for the whole notebook. */
export const notebookInputsArb: fc.Arbitrary<NotebookInputs> = fc
  .tuple(...CELL_IDS.map((id) => cellInputsArb(id)))
  .map((cells) => Object.fromEntries(CELL_IDS.map((id, i) => [id, cells[i]])) as NotebookInputs);

/** A random snapshot: some cells, maybe a cell to open at. */
export const snapshotArb: fc.Arbitrary<Snapshot> = fc
  .record(
    {
      cell: fc.constantFrom<CellId>(...CELL_IDS),
      inputs: fc.record(
        Object.fromEntries(CELL_IDS.map((id) => [id, cellInputsArb(id)])) as Record<
          CellId,
          fc.Arbitrary<CellInputs>
        >,
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['inputs'] },
  )
  .map((s) => ({ version: 1 as const, ...s }));

/** A tensor's data with -0 and NaN spelled out, so that toEqual tells them apart from 0. */
function exactData(t: Tensor): (number | string)[] {
  return Array.from(t.data, (x) => (Object.is(x, -0) ? '-0' : Number.isNaN(x) ? 'NaN' : x));
}

/** Inputs (or a snapshot) with every tensor as plain, exactly comparable data. */
export function comparable(value: unknown): unknown {
  if (value && typeof value === 'object' && 'data' in value && value.data instanceof Float64Array) {
    const t = value as Tensor;
    return { shape: [...t.shape], dtype: t.dtype, data: exactData(t) };
  }
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}
