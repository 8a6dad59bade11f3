import { formatNumpy, parseNumpy, type Tensor } from '../../../src/engine';
import { defaultCellInputs } from '../../../src/notebook/cells';
import type { CellId } from '../../../src/notebook/cellIds';
import { computeAffine } from '../../../src/store/selectors/affine';
import { computeBatchAffine } from '../../../src/store/selectors/batchAffine';
import type { CellOutputs } from '../../../src/store/selectors/outputs';
import { computeRelu } from '../../../src/store/selectors/relu';
import { computeSigmoid } from '../../../src/store/selectors/sigmoid';
import { computeSoftmaxWithLoss } from '../../../src/store/selectors/softmaxWithLoss';
import { computeTwoLayerNet } from '../../../src/store/selectors/twoLayerNet';
import type { CellInputs, DoutSource } from '../../../src/store/types';

/** One matrix typed into text mode: the text, and the tensor the page will parse it to. */
export interface TypedMatrix {
  readonly name: string;
  readonly text: string;
  readonly value: Tensor;
  /** NumPy's str() of the value: the data-numpy the matrix shows once committed. */
  readonly numpy: string;
}

/** A benchmark case: inputs typed once to set the size, then many edits of x, timed. */
export interface EditCase {
  readonly cell: CellId;
  readonly size: 'seed' | '64×64';
  /** Typed before timing (other inputs resized to fit x). */
  readonly setup: readonly TypedMatrix[];
  /**
   * The edits of x to time, each with what every hook of the cell must then show: name → data-numpy, or
   * null for "anything but what it showed before": the loss, whose 17 digits come from Math.exp, which
   * Node's V8 and Chromium's may round differently in the last place.
   */
  readonly edits: readonly {
    readonly typed: TypedMatrix;
    readonly expected: Record<string, string | null>;
  }[];
}

const COMPUTE: Record<CellId, (inputs: CellInputs) => CellOutputs> = {
  relu: computeRelu,
  sigmoid: computeSigmoid,
  affine: computeAffine,
  'batch-affine': computeBatchAffine,
  'softmax-with-loss': computeSoftmaxWithLoss,
  'two-layer-net': computeTwoLayerNet,
};

/** A small deterministic generator (mulberry32), so every run times the same edits. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A matrix typed as a Python list of floats with 3 decimals (or ints for labels). */
function typed(name: string, shape: readonly number[], next: () => number, ints = 0): TypedMatrix {
  const value = () => (ints ? String(Math.floor(next() * ints)) : (next() * 4 - 2).toFixed(3));
  const build = (axis: number): string =>
    axis === shape.length
      ? value()
      : `[${Array.from({ length: shape[axis] }, () => build(axis + 1)).join(', ')}]`;
  const text = build(0);
  const parsed = parseNumpy(text);
  return { name, text, value: parsed, numpy: formatNumpy(parsed) };
}

/** What the page shows for every computed matrix of a cell: its data-numpy ('' for an error). */
function shownAfter(cell: CellId, inputs: CellInputs, edited: string): Record<string, string | null> {
  const outputs = COMPUTE[cell](inputs);
  const shown: Record<string, string | null> = { [edited]: formatNumpy(inputs.matrices[edited]) };
  for (const [name, d] of Object.entries(outputs.matrices)) shown[name] = d.value ? formatNumpy(d.value) : '';
  if (outputs.loss) shown.loss = outputs.loss.value === null ? '' : null;
  return shown;
}

/** Input shapes per cell and size: x, then what must be resized with it. */
function shapes(cell: CellId, size: EditCase['size']) {
  const n = size === 'seed' ? 0 : 64;
  switch (cell) {
    case 'relu':
    case 'sigmoid':
      return { x: n ? [n, n] : [2, 2], setup: [] };
    case 'softmax-with-loss':
      return { x: n ? [n, n] : [2, 2], setup: n ? [{ name: 't', shape: [n], ints: n }] : [] };
    case 'two-layer-net':
      // The net is built for 4 features and 3 classes: a big case is a batch of 64 with label t.
      return { x: n ? [n, 4] : [2, 4], setup: n ? [{ name: 't', shape: [n], ints: 3 }] : [] };
    case 'affine':
      return {
        x: n ? [n, n] : [2],
        setup: n
          ? [
              { name: 'W', shape: [n, n], ints: 0 },
              { name: 'b', shape: [n], ints: 0 },
            ]
          : [],
      };
    case 'batch-affine':
      return {
        x: n ? [n, n] : [2, 1],
        setup: n
          ? [
              { name: 'W', shape: [n, n], ints: 0 },
              { name: 'b', shape: [n], ints: 0 },
              { name: 'dout', shape: [n, n], ints: 0 },
            ]
          : [],
      };
  }
}

/** The edits of one cell at one size, with what each must show, computed as the page computes it. */
export function editCase(cell: CellId, size: EditCase['size'], count: number): EditCase {
  const next = generator(cell.length * 7919 + (size === 'seed' ? 1 : 2));
  const plan = shapes(cell, size);
  const setup = plan.setup.map((s) => typed(s.name, s.shape, next, s.ints));
  let inputs = defaultCellInputs(cell);
  for (const m of setup) {
    const dout: DoutSource = m.name === 'dout' ? 'custom' : inputs.dout;
    inputs = { ...inputs, dout, matrices: { ...inputs.matrices, [m.name]: m.value } };
  }
  const edits = Array.from({ length: count }, () => {
    const x = typed('x', plan.x, next);
    inputs = { ...inputs, matrices: { ...inputs.matrices, x: x.value } };
    return { typed: x, expected: shownAfter(cell, inputs, 'x') };
  });
  return { cell, size, setup, edits };
}
