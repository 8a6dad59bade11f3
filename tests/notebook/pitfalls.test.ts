import { describe, expect, it } from 'vitest';
import { WARNING_TABLE } from '../../src/engine';
import { CELLS, defaultCellInputs } from '../../src/notebook/cells';
import { CELL_IDS } from '../../src/notebook/cellIds';
import { PITFALLS } from '../../src/notebook/pitfalls';
import { deriveAffine } from '../../src/store/selectors/affine';
import { deriveBatchAffine } from '../../src/store/selectors/batchAffine';
import { deriveRelu } from '../../src/store/selectors/relu';
import { deriveSigmoid } from '../../src/store/selectors/sigmoid';
import { deriveSoftmaxWithLoss } from '../../src/store/selectors/softmaxWithLoss';
import { deriveTwoLayerNet } from '../../src/store/selectors/twoLayerNet';

describe('PITFALLS', () => {
  it('explains every warning code the engine can raise', () => {
    const missing = Object.keys(WARNING_TABLE).filter((code) => !PITFALLS[code]);
    expect(missing).toEqual([]);
  });

  it('explains no code the engine does not have', () => {
    expect(Object.keys(PITFALLS).filter((code) => !(code in WARNING_TABLE))).toEqual([]);
  });

  it('says, in Japanese and English, what NumPy did and what the learner probably meant', () => {
    for (const p of Object.values(PITFALLS)) {
      for (const text of [p.title, p.did, p.meant]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ja.trim()).not.toBe('');
      }
    }
  });

  it("covers each cell's always-explained codes", () => {
    for (const id of CELL_IDS)
      for (const code of CELLS[id].pitfalls ?? []) expect(PITFALLS[code]).toBeDefined();
    expect(CELLS.relu.pitfalls).toContain('relu-inplace-dout');
    expect(CELLS['batch-affine'].pitfalls).toContain('affine-w-1d');
  });

  it("offers fixes, for what each cell raises with the seed's inputs, that only name that cell's inputs", () => {
    const derive = {
      relu: deriveRelu,
      sigmoid: deriveSigmoid,
      affine: deriveAffine,
      'batch-affine': deriveBatchAffine,
      'softmax-with-loss': deriveSoftmaxWithLoss,
      'two-layer-net': deriveTwoLayerNet,
    };
    for (const id of CELL_IDS) {
      const inputs = defaultCellInputs(id);
      const codes = [...(CELLS[id].pitfalls ?? []), ...derive[id](inputs).warnings.map((w) => w.code)];
      for (const code of codes) {
        const fixes = PITFALLS[code].fixes?.(inputs) ?? [];
        expect(new Set(fixes.map((f) => f.id)).size).toBe(fixes.length);
        for (const f of fixes) {
          for (const name of Object.keys(f.patch.matrices ?? {}))
            expect(inputs.matrices).toHaveProperty(name);
        }
      }
    }
  });
});
