import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/notebook/cells';
import { applySnapshot, cellSnapshot, isWholeNotebook, notebookSnapshot } from '../../src/share/snapshot';

describe('snapshots', () => {
  const inputs = defaultInputs();
  it('cellSnapshot carries one cell and opens at it', () => {
    const s = cellSnapshot(inputs, 'affine');
    expect(s.cell).toBe('affine');
    expect(Object.keys(s.inputs)).toEqual(['affine']);
    expect(s.inputs.affine).toBe(inputs.affine);
    expect(isWholeNotebook(s)).toBe(false);
  });
  it('notebookSnapshot carries every cell and no cell to open at', () => {
    const s = notebookSnapshot(inputs);
    expect(s.cell).toBeUndefined();
    expect(isWholeNotebook(s)).toBe(true);
  });
  it('applySnapshot puts the snapshot’s cells into the base and keeps the base’s others, untouched', () => {
    const other = defaultInputs();
    const s = cellSnapshot(other, 'relu');
    const next = applySnapshot(inputs, s);
    expect(next.relu).toBe(other.relu);
    expect(next.sigmoid).toBe(inputs.sigmoid);
    expect(next).not.toBe(inputs);
    expect(inputs.relu).not.toBe(other.relu);
  });
});
