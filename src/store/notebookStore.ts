import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Tensor } from '../engine';
import { CELLS, defaultCellInputs, defaultInputs, presetInputs, reseededInputs } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import type { CellInputs, CellPatch, DoutSource, NotebookInputs } from './types';

/** The notebook's state: its inputs (nothing derived) and the actions that change them. */
export interface NotebookState {
  readonly inputs: NotebookInputs;
  /**
   * The one door every change goes through. Actions build the next inputs and hand them here, so a
   * history or persistence layer can wrap it: `store.setState({ apply: wrap(store.getState().apply) })`.
   */
  readonly apply: (next: NotebookInputs) => void;
  /** Sets one input matrix. Editing `dout` makes it the cell's own (dout source 'custom'). */
  readonly setMatrix: (cell: CellId, name: string, value: Tensor) => void;
  /** Chooses where the cell's upstream gradient comes from. */
  readonly setDout: (cell: CellId, source: DoutSource) => void;
  /** Changes several inputs of one cell in a single step (a pitfall's one-click fix). */
  readonly patchCell: (cell: CellId, patch: CellPatch) => void;
  /** Redraws a random cell's inputs after `np.random.seed(seed)` (keeping those it keeps on a new seed). */
  readonly setSeed: (cell: CellId, seed: number) => void;
  /** Redraws a random cell's inputs with the next seed. */
  readonly reroll: (cell: CellId) => void;
  /** Loads one of the cell's presets by id. */
  readonly loadPreset: (cell: CellId, presetId: string) => void;
  /** Puts one cell back to the seed's inputs. */
  readonly resetCell: (cell: CellId) => void;
  /** Puts the whole notebook back to the seed's inputs. */
  readonly resetAll: () => void;
  /** Replaces every input at once (a shared link, an undo step). */
  readonly replaceInputs: (inputs: NotebookInputs) => void;
}

/** A notebook store as zustand's vanilla API. */
export type NotebookStore = StoreApi<NotebookState>;

/** A new notebook store starting from `initial` (the seed's inputs by default). */
export function createNotebookStore(initial: NotebookInputs = defaultInputs()): NotebookStore {
  return createStore<NotebookState>()((set, get) => {
    // Only the changed cell gets a new object, so every other cell's memoised outputs stay valid.
    const update = (cell: CellId, next: (current: CellInputs) => CellInputs): void => {
      const inputs = get().inputs;
      const changed = next(inputs[cell]);
      if (changed !== inputs[cell]) get().apply({ ...inputs, [cell]: changed });
    };
    return {
      inputs: initial,
      apply: (next) => {
        if (next !== get().inputs) set({ inputs: next });
      },
      setMatrix: (cell, name, value) =>
        update(cell, (c) => ({
          ...c,
          matrices: { ...c.matrices, [name]: value },
          dout: name === 'dout' ? 'custom' : c.dout,
        })),
      setDout: (cell, source) => update(cell, (c) => (c.dout === source ? c : { ...c, dout: source })),
      patchCell: (cell, patch) =>
        update(cell, (c) => ({
          ...c,
          matrices: { ...c.matrices, ...patch.matrices },
          dout: patch.dout ?? c.dout,
        })),
      setSeed: (cell, seed) => update(cell, (c) => reseededInputs(CELLS[cell], c, seed)),
      reroll: (cell) => get().setSeed(cell, (get().inputs[cell].seed + 1) % 2 ** 32),
      loadPreset: (cell, presetId) => {
        const def = CELLS[cell];
        const preset = def.presets.find((p) => p.id === presetId);
        if (!preset) throw new Error(`cell ${cell} has no preset "${presetId}"`);
        update(cell, () => presetInputs(def, preset));
      },
      resetCell: (cell) => update(cell, () => defaultCellInputs(cell)),
      resetAll: () => get().apply(defaultInputs()),
      replaceInputs: (inputs) => get().apply(inputs),
    };
  });
}

/** The app's one notebook store. */
export const notebookStore: NotebookStore = createNotebookStore();
