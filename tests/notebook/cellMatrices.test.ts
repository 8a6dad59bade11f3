import { describe, expect, it } from 'vitest';
import { CELL_IDS } from '../../src/notebook/cellIds';
import { CELL_MATRICES } from '../../src/notebook/cellMatrices';
import { CELLS, seedMatrices } from '../../src/notebook/cells';

describe('CELL_MATRICES', () => {
  it.each(CELL_IDS)(
    '%s: the seed values, every preset and a draw at another seed hold exactly these',
    (id) => {
      const sets = [
        seedMatrices(id, 0),
        seedMatrices(id, 12345),
        ...CELLS[id].presets.map((p) => p.matrices),
      ];
      for (const matrices of sets)
        expect(Object.keys(matrices).sort()).toEqual([...CELL_MATRICES[id]].sort());
    },
  );

  it("each cell's editable inputs are among them (dout is edited through its own control)", () => {
    for (const id of CELL_IDS) {
      for (const input of CELLS[id].inputs) expect(CELL_MATRICES[id]).toContain(input.name);
    }
  });
});
