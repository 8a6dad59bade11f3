import { describe, expect, it } from 'vitest';
import { seedClass } from '../../src/export/seedClass';
import { CELLS } from '../../src/notebook/cells';

describe('seedClass', () => {
  it("is the seed's own code cell for the class, verbatim", () => {
    const relu = seedClass('relu');
    expect(relu.name).toBe('Relu');
    expect(CELLS.relu.source.map((c) => c.code)).toContain(relu.source);
  });

  it("gives the single Affine the batch section's Affine class, since the seed defines it there", () => {
    expect(seedClass('affine')).toEqual(seedClass('batch-affine'));
    expect(seedClass('affine').source).toMatch(/^class Affine:\n/);
  });

  it('names the class of every layer cell', () => {
    expect(seedClass('sigmoid').name).toBe('Sigmoid');
    expect(seedClass('softmax-with-loss').name).toBe('SoftmaxWithLoss');
  });

  it('refuses a cell that runs no single class of the seed', () => {
    expect(() => seedClass('two-layer-net')).toThrow(/runs no single class/);
  });
});
