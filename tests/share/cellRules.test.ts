import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumpyError, type DType } from '../../src/engine';
import { CELL_IDS, type CellId } from '../../src/notebook/cellIds';
import { CELL_MATRICES } from '../../src/notebook/cellMatrices';
import { defaultInputs, seedMatrices } from '../../src/notebook/cells';
import { checkCells } from '../../src/share/cellRepair';
import { cellIssues } from '../../src/share/cellRules';
import { decodeFragment, encodeFragment } from '../../src/share/codec';
import { cellIssueMessage } from '../../src/share/messages';
import { applySnapshot, notebookSnapshot } from '../../src/share/snapshot';
import { CELLS } from '../../src/notebook/cells';
import { deriveOutputs } from './deriveAll';
import { comparable } from './arbitraries';
import { fragmentOf } from './fragments';

type WireCell = { matrices: Record<string, unknown>; dout: string; seed: number };

const m = (shape: number[], dtype: DType = 'float64') => ({
  shape,
  dtype,
  data: new Array(shape.reduce((a, b) => a * b, 1)).fill(dtype === 'bool' ? 1 : 2),
});

/** A link carrying `cells` as written (JSON the schema accepts), compressed as real links are. */
const link = (cells: Record<string, WireCell>, cell?: string) =>
  fragmentOf(JSON.stringify(cell ? { cell, inputs: cells } : { inputs: cells }));

/** The cell's seed matrices, as wire JSON, each of shape (2, 2) float64. */
const full = (id: CellId): Record<string, unknown> =>
  Object.fromEntries(CELL_MATRICES[id].map((n) => [n, m([2, 2])]));

describe('checkCells on crafted links', () => {
  it("the issue's link: ReLU with no matrices opens with the seed's x and dout, and says so", () => {
    const result = decodeFragment(link({ relu: { matrices: {}, dout: 'seed', seed: 0 } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issues).toEqual([{ cell: 'relu', code: 'missing-matrix', names: ['x', 'dout'] }]);
    const relu = result.snapshot.inputs.relu!;
    expect(comparable(relu.matrices)).toEqual(comparable(seedMatrices('relu', 0)));
  });

  it("dout: 'custom' without a dout matrix takes the seed's dout and keeps 'custom'", () => {
    const result = decodeFragment(link({ relu: { matrices: { x: m([3]) }, dout: 'custom', seed: 0 } }));
    expect(result.ok && result.issues).toEqual([{ cell: 'relu', code: 'missing-matrix', names: ['dout'] }]);
    if (!result.ok) return;
    expect(result.snapshot.inputs.relu!.dout).toBe('custom');
    expect(comparable(result.snapshot.inputs.relu!.matrices.dout)).toEqual(
      comparable(seedMatrices('relu', 0).dout),
    );
  });

  it('ReLU with only a W is refused (W is no matrix of ReLU): nothing opens, the error lists it', () => {
    const result = decodeFragment(link({ relu: { matrices: { W: m([2, 2]) }, dout: 'seed', seed: 0 } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('cells-refused');
    expect(result.error.cells).toEqual([{ cell: 'relu', code: 'unknown-matrix', names: ['W'] }]);
    expect(result.error.message).toContain('inputs.relu.matrices: W is not a matrix of this cell');
  });

  it('a refused cell is left out and the others still open; the cell to open at is dropped with it', () => {
    const result = decodeFragment(
      link(
        {
          relu: { matrices: { ...full('relu'), extra: m([1]) }, dout: 'seed', seed: 0 },
          sigmoid: { matrices: full('sigmoid'), dout: 'ones', seed: 0 },
        },
        'relu',
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.snapshot.inputs)).toEqual(['sigmoid']);
    expect(result.snapshot.cell).toBeUndefined();
    expect(result.issues).toEqual([{ cell: 'relu', code: 'unknown-matrix', names: ['extra'] }]);
  });

  describe.each(CELL_IDS)('%s', (id) => {
    it.each(CELL_MATRICES[id])('missing %s: repaired from the seed at the link’s seed, named', (name) => {
      const matrices = full(id);
      delete matrices[name];
      const result = decodeFragment(link({ [id]: { matrices, dout: 'custom', seed: 3 } }));
      expect(result.ok && result.issues).toEqual([{ cell: id, code: 'missing-matrix', names: [name] }]);
      if (!result.ok) return;
      const cell = result.snapshot.inputs[id]!;
      expect(Object.keys(cell.matrices).sort()).toEqual([...CELL_MATRICES[id]].sort());
      expect(comparable(cell.matrices[name])).toEqual(comparable(seedMatrices(id, 3)[name]));
      expect(() => deriveOutputs(id, cell)).not.toThrow();
    });

    it.each(['W1', 'mask', 'out', 'X', 'dx'].filter((n) => !CELL_MATRICES[id].includes(n)))(
      'an extra %s: refused',
      (name) => {
        const result = decodeFragment(
          link({ [id]: { matrices: { ...full(id), [name]: m([2]) }, dout: 'seed', seed: 0 } }),
        );
        expect(!result.ok && result.error.cells).toEqual([
          { cell: id, code: 'unknown-matrix', names: [name] },
        ]);
      },
    );

    it.each(['float64', 'int64', 'bool'] as const)(
      'every matrix as %s, and every dimension count 0 to 4, opens and derives without a bug',
      (dtype) => {
        for (const shape of [[], [3], [2, 3], [2, 1, 3], [1, 2, 1, 2], [0], [0, 4]]) {
          const matrices = Object.fromEntries(CELL_MATRICES[id].map((n) => [n, m(shape, dtype)]));
          for (const dout of ['seed', 'ones', 'custom']) {
            const result = decodeFragment(link({ [id]: { matrices, dout, seed: 0 } }));
            expect(result.ok && result.issues).toBeUndefined();
            if (result.ok) expect(() => deriveOutputs(id, result.snapshot.inputs[id]!)).not.toThrow();
          }
        }
      },
    );
  });
});

describe('encode applies the same rules', () => {
  it("the page's own notebook has no issues, and encodes", () => {
    expect(cellIssues(notebookSnapshot(defaultInputs()))).toEqual([]);
    expect(encodeFragment(notebookSnapshot(defaultInputs())).ok).toBe(true);
  });

  it('refuses to make a link of a cell it would repair or refuse', () => {
    const d = defaultInputs();
    const missing = encodeFragment(
      notebookSnapshot({ ...d, relu: { ...d.relu, matrices: { x: d.relu.matrices.x } } }),
    );
    expect(!missing.ok && missing.error).toEqual({
      code: 'invalid',
      message: "inputs.relu.matrices: dout missing (the seed's value is used)",
    });
    const extra = encodeFragment(
      notebookSnapshot({
        ...d,
        sigmoid: { ...d.sigmoid, matrices: { ...d.sigmoid.matrices, W: d.relu.matrices.x } },
      }),
    );
    expect(!extra.ok && extra.error.code).toBe('invalid');
  });
});

describe('cellIssueMessage', () => {
  it('names the cell by its title and the matrices, in both languages', () => {
    const repaired = cellIssueMessage(
      { cell: 'relu', code: 'missing-matrix', names: ['x', 'dout'] },
      CELLS.relu.title,
    );
    expect(repaired.en).toBe(
      "Implementing the ReLU layer: x, dout were missing, so the seed's values are shown in their place.",
    );
    expect(repaired.ja).toBe(
      'ReLUレイヤの実装: x, dout が含まれていなかったので、代わりにシードの値を表示しています。',
    );
    const refused = cellIssueMessage(
      { cell: 'relu', code: 'unknown-matrix', names: ['W'] },
      CELLS.relu.title,
    );
    expect(refused.en).toBe(
      'Implementing the ReLU layer was not opened: it carries W, which this cell does not have (it takes x, dout).',
    );
    expect(refused.ja).toContain('ReLUレイヤの実装 は開きませんでした');
  });
});

/** Matrices the schema accepts for any cell: any of the notebook's names and some others, any dtype, 0–3-D. */
const wireMatrix = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
    fc.constantFrom<DType>('float64', 'int64', 'bool'),
  )
  .chain(([shape, dtype]) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const value =
      dtype === 'float64'
        ? fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom('nan', 'inf', '-inf', '-0'),
          )
        : dtype === 'int64'
          ? fc.integer({ min: -3, max: 3 })
          : fc.constantFrom(0, 1);
    return fc.array(value, { minLength: size, maxLength: size }).map((data) => ({ shape, dtype, data }));
  });
const wireCell = fc.record({
  matrices: fc.dictionary(fc.constantFrom('x', 'W', 'b', 't', 'dout', 'W1', 'mask'), wireMatrix, {
    maxKeys: 5,
  }),
  dout: fc.constantFrom('seed', 'ones', 'custom'),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
});

describe('any snapshot the schema accepts', () => {
  it('opens every cell it keeps without an exception in its derive, or refuses cells with a message (600 cases)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CELL_IDS), wireCell, { minKeys: 1 }), (cells) => {
        const result = decodeFragment(link(cells as Record<string, WireCell>));
        if (!result.ok) {
          expect(result.error.code).toBe('cells-refused');
          expect(result.error.cells?.length).toBe(Object.keys(cells).length);
          return;
        }
        const refused = (result.issues ?? []).filter((i) => i.code === 'unknown-matrix').map((i) => i.cell);
        const notebook = applySnapshot(defaultInputs(), result.snapshot);
        for (const id of CELL_IDS) {
          expect(Object.keys(notebook[id].matrices).sort()).toEqual([...CELL_MATRICES[id]].sort());
          // NumPy's errors are results; anything else thrown would be "a bug in this app".
          try {
            deriveOutputs(id, notebook[id]);
          } catch (e) {
            expect(e).toBeInstanceOf(NumpyError);
          }
          if (id in cells) expect(result.snapshot.inputs[id] === undefined).toBe(refused.includes(id));
        }
        // What opened is what the page could share again.
        expect(encodeFragment(notebookSnapshot(notebook)).ok).toBe(true);
        expect(checkCells(result.snapshot)).toMatchObject({ ok: true, issues: [] });
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});
