import scriptsFixture from '../fixtures/export-scripts.json';
import runFixture from '../fixtures/export.json';
import { formatNumpy, formatScalar, tensor, type DType, type Tensor } from '../../src/engine';
import type { CellId } from '../../src/notebook/cellIds';
import { computeAffine } from '../../src/store/selectors/affine';
import { computeBatchAffine } from '../../src/store/selectors/batchAffine';
import type { CellOutputs } from '../../src/store/selectors/outputs';
import { computeRelu } from '../../src/store/selectors/relu';
import { computeSigmoid } from '../../src/store/selectors/sigmoid';
import { computeSoftmaxWithLoss } from '../../src/store/selectors/softmaxWithLoss';
import type { CellInputs, DoutSource, NotebookInputs } from '../../src/store/types';

/** One array as the export fixtures write it: flat values, nan/inf/-0.0 spelled as strings. */
export interface EncodedArray {
  dtype: string;
  shape: number[];
  data: (number | boolean | string)[];
}

/** A cell's inputs as the export fixtures write them. */
export interface EncodedInputs {
  matrices: Record<string, EncodedArray>;
  dout: string;
  seed: number;
}

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };

/** A fixture number back to its exact double. */
export function decodeNumber(v: number | boolean | string): number {
  if (typeof v === 'string') return SPECIAL[v];
  return typeof v === 'boolean' ? Number(v) : v;
}

/** A fixture array as a tensor. */
export function decodeTensor(a: EncodedArray): Tensor {
  return tensor(a.shape, a.dtype as DType, Float64Array.from(a.data, decodeNumber));
}

/** A fixture cell state as the store holds it. */
export function decodeInputs(e: EncodedInputs): CellInputs {
  const matrices = Object.fromEntries(Object.entries(e.matrices).map(([k, a]) => [k, decodeTensor(a)]));
  return { matrices, dout: e.dout as DoutSource, seed: e.seed };
}

/** A fixture notebook state as the store holds it. */
export function decodeNotebook(e: Record<string, EncodedInputs>): NotebookInputs {
  return Object.fromEntries(Object.entries(e).map(([cell, c]) => [cell, decodeInputs(c)])) as NotebookInputs;
}

/** One exported script as export-scripts.ts records it, with the state it was exported from. */
interface ScriptCase {
  name: string;
  cell: string;
  inputs: EncodedInputs;
  /** The Python variable of each input written as a literal, by page name. */
  variables: Record<string, string>;
  script: string;
}

/** What gen_export.py saw when Python ran one script. */
interface ScriptRun {
  name: string;
  sha256: string;
  returncode: number;
  stdout: string;
  stderr?: string;
  /** The inputs the script built from its literals, read back from Python. */
  inputs?: Record<string, EncodedArray>;
}

/** One exported notebook, with the notebook state it was exported from. */
interface NotebookCase {
  name: string;
  inputs: Record<string, EncodedInputs>;
  ipynb: string;
}

/** What gen_export.py saw when Python checked and ran one notebook, cell by cell. */
interface NotebookRun {
  name: string;
  sha256: string;
  json_tool_returncode: number;
  nbformat: string;
  cells: { id: string; stdout: string; error?: string }[];
}

/** The scripts and notebooks export-scripts.ts wrote. */
export const exported = scriptsFixture as unknown as {
  scripts: ScriptCase[];
  notebooks: NotebookCase[];
  floats: (number | string)[];
};

/** What gen_export.py's Python made of them. */
export const ran = runFixture as unknown as {
  numpy: string;
  python: string;
  scripts: ScriptRun[];
  notebooks: NotebookRun[];
  float_reprs: string[];
};

/** What each cell shows, in the order it shows it (the cells' DOM order), and how the page derives it. */
export const PAGE: Partial<
  Record<CellId, { readonly order: readonly string[]; readonly derive: (i: CellInputs) => CellOutputs }>
> = {
  relu: { order: ['mask', 'out', 'dout', 'dx'], derive: computeRelu },
  sigmoid: { order: ['out', 'dout', 'dx'], derive: computeSigmoid },
  affine: { order: ['out', 'dout', 'dx', 'dW', 'db'], derive: computeAffine },
  'batch-affine': { order: ['out', 'dout', 'dx', 'dW', 'db'], derive: computeBatchAffine },
  'softmax-with-loss': { order: ['y', 'loss', 'dx'], derive: computeSoftmaxWithLoss },
};

/**
 * Each output the page shows for `cell` with `inputs`, in order: its `data-numpy` text (NumPy's str()), or,
 * where it cannot be computed, the error message the page shows in its place.
 */
export function pageTexts(cell: CellId, inputs: CellInputs): [string, string][] {
  const page = PAGE[cell];
  if (!page) throw new Error(`no page outputs known for ${cell}`);
  const outputs = page.derive(inputs);
  return page.order.map((name) => {
    if (name === 'loss') {
      const loss = outputs.loss!;
      return [name, loss.error ?? formatScalar(loss.value!, 'float64')];
    }
    const m = outputs.matrices[name];
    return [name, m.error ?? formatNumpy(m.value!)];
  });
}

/** Printed text cut at its `# name` marker lines into [name, text] blocks. */
export function blocks(stdout: string): [string, string][] {
  const found: [string, string[]][] = [];
  const lines = stdout.endsWith('\n') ? stdout.slice(0, -1).split('\n') : stdout.split('\n');
  for (const line of lines) {
    const marker = /^# (\w+)$/.exec(line);
    if (marker) found.push([marker[1], []]);
    else if (found.length === 0) throw new Error(`output before any marker: ${line}`);
    else found[found.length - 1][1].push(line);
  }
  return found.map(([name, text]) => [name, text.join('\n')]);
}

/** Whether two tensors hold the same dtype, shape and doubles (nan equal to nan, -0.0 apart from 0.0). */
export function sameTensor(a: Tensor, b: Tensor): boolean {
  return (
    a.dtype === b.dtype &&
    a.shape.length === b.shape.length &&
    a.shape.every((d, k) => d === b.shape[k]) &&
    a.data.every((v, k) => Object.is(v, b.data[k]))
  );
}
