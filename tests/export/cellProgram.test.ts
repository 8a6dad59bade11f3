import { describe, expect, it } from 'vitest';
import { cellProgram, EXPORTABLE_CELLS, isExportable } from '../../src/export/cellProgram';
import { defaultCellInputs } from '../../src/notebook/cells';

describe('cellProgram', () => {
  it("exports the five layer cells, in the notebook's order", () => {
    expect(EXPORTABLE_CELLS).toEqual(['relu', 'sigmoid', 'affine', 'batch-affine', 'softmax-with-loss']);
    expect(isExportable('two-layer-net')).toBe(false);
  });

  it("names the single Affine's variables as the seed does: X, W, B, Y, dY", () => {
    const program = cellProgram('affine', defaultCellInputs('affine'));
    expect(program.inputs).toMatch(/^X = np\.array\(.*\nW = np\.array\(.*\nB = np\.array\(/s);
    expect(program.shown.map((s) => [s.name, s.variable])).toEqual([
      ['out', 'Y'],
      ['dout', 'dY'],
      ['dx', 'dX'],
      ['dW', 'dW'],
      ['db', 'dB'],
    ]);
  });

  it("writes the batch Affine's seed dout as the seed's dY literal", () => {
    const program = cellProgram('batch-affine', defaultCellInputs('batch-affine'));
    expect(program.compute).toContain(
      "# the seed's dY\ndout = np.array([[1, 2, 3],\n                 [4, 5, 6]], dtype=np.int64)",
    );
  });

  it('makes ones of float64 whatever the dtype of out, as the page does', () => {
    const program = cellProgram('relu', { ...defaultCellInputs('relu'), dout: 'ones' });
    expect(program.compute).toContain('dout = np.ones_like(out, dtype=np.float64)');
  });

  it('refuses a cell with no Python export', () => {
    expect(() => cellProgram('two-layer-net', defaultCellInputs('relu'))).toThrow(/no Python export/);
  });
});
