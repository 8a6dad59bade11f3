import { tensor, type Tensor } from '../engine';
import { CELL_IDS } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import type { FloatTag, Payload, WireMatrix } from './schema';
import { SNAPSHOT_VERSION, type Snapshot } from './snapshot';

/** Conversions between a Snapshot (tensors) and its JSON payload (plain arrays, tagged non-finite floats). */

function floatToWire(x: number): number | FloatTag {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0';
  return x;
}

function floatFromWire(x: number | FloatTag): number {
  if (x === 'nan') return NaN;
  if (x === 'inf') return Infinity;
  if (x === '-inf') return -Infinity;
  if (x === '-0') return -0;
  return x;
}

/** One tensor as JSON: shape, dtype, row-major data (int64 without -0, bool as 0/1). */
export function matrixToWire(t: Tensor): WireMatrix {
  const data: (number | FloatTag)[] = new Array(t.size);
  for (let i = 0; i < t.size; i++) {
    const x = t.data[i];
    data[i] = t.dtype === 'float64' ? floatToWire(x) : t.dtype === 'bool' ? (x ? 1 : 0) : x + 0;
  }
  return { shape: [...t.shape], dtype: t.dtype, data };
}

/** A validated JSON matrix as a tensor. */
export function matrixFromWire(m: WireMatrix): Tensor {
  const data = new Float64Array(m.data.length);
  for (let i = 0; i < m.data.length; i++) data[i] = floatFromWire(m.data[i]);
  return tensor(m.shape, m.dtype, data);
}

function cellToWire(cell: CellInputs) {
  const matrices: Record<string, WireMatrix> = {};
  for (const [name, t] of Object.entries(cell.matrices)) matrices[name] = matrixToWire(t);
  return { matrices, dout: cell.dout, seed: cell.seed };
}

/** A snapshot as its JSON payload, cells in the notebook's order. */
export function snapshotToPayload(snapshot: Snapshot): Payload {
  const inputs: Payload['inputs'] = {};
  for (const id of CELL_IDS) {
    const cell = snapshot.inputs[id];
    if (cell) inputs[id] = cellToWire(cell);
  }
  return snapshot.cell === undefined ? { inputs } : { cell: snapshot.cell, inputs };
}

/** A validated payload as a snapshot of frozen tensors. */
export function payloadToSnapshot(payload: Payload): Snapshot {
  const inputs: Snapshot['inputs'] = {};
  for (const id of CELL_IDS) {
    const cell = payload.inputs[id];
    if (!cell) continue;
    const matrices: Record<string, Tensor> = {};
    for (const [name, m] of Object.entries(cell.matrices)) matrices[name] = matrixFromWire(m);
    inputs[id] = Object.freeze({ matrices: Object.freeze(matrices), dout: cell.dout, seed: cell.seed });
  }
  return payload.cell === undefined
    ? { version: SNAPSHOT_VERSION, inputs }
    : { version: SNAPSHOT_VERSION, cell: payload.cell, inputs };
}
