import type { Tensor } from '../engine';
import type { DoutSource } from '../store/types';
import type { Bilingual } from '../i18n/bilingual';
import type { CellId } from './cellIds';

/** A text in both of the notebook's languages (the page shows it with `pick`, see docs/i18n.md). */
export type { Bilingual };

/**
 * One paragraph of commentary. 'seed' paragraphs quote the seed notebook's Japanese verbatim (with an
 * English rendering); 'ours' paragraphs are teaching notes this app adds, and are shown as such.
 */
export interface CommentaryNote {
  readonly source: 'seed' | 'ours';
  readonly text: Bilingual;
}

/** One code cell of the seed: its `In [n]` number, its code verbatim, and what it printed, if anything. */
export interface SeedCodeCell {
  readonly prompt: number;
  readonly code: string;
  readonly output?: string;
}

/** A file of the book's own code (oreilly-japan/deep-learning-from-scratch) that a section runs. */
export interface BookFile {
  /** Where it lives in the book's repository, e.g. `ch05/two_layer_net.py`. */
  readonly path: string;
  /** The code verbatim (an excerpt says so in `path`). */
  readonly code: string;
}

/** A named set of input matrices the learner can load in one click (the first one is the cell's default). */
export interface Preset {
  readonly id: string;
  readonly label: Bilingual;
  readonly matrices: Readonly<Record<string, Tensor>>;
  /** Where dout comes from with this preset; the cell's default when omitted. */
  readonly dout?: DoutSource;
}

/**
 * What the seed passes as the upstream gradient: one of the cell's own inputs (ReLU and Sigmoid pass x),
 * ones shaped like the output, a fixed array (batch Affine's dY), or nothing (Softmax-with-Loss).
 */
export type SeedDout =
  | { readonly kind: 'input'; readonly name: string }
  | { readonly kind: 'ones' }
  | { readonly kind: 'constant'; readonly value: Tensor }
  | { readonly kind: 'none' };

/** Random inputs drawn as the seed draws them, after `np.random.seed(seed)`. */
export interface RandomInputs {
  readonly defaultSeed: number;
  /** The matrices the seed's `np.random.rand` calls give after `np.random.seed(seed)`, in its order. */
  readonly draw: (seed: number) => Readonly<Record<string, Tensor>>;
  /**
   * Inputs a new seed leaves as the learner set them. The two-layer net draws only its weights from the
   * seed, so a re-roll keeps the x and t being studied.
   */
  readonly keepOnReseed?: readonly string[];
}

/** One section of the seed notebook as data: everything a cell shows that is not computed. */
export interface CellDefinition {
  readonly id: CellId;
  readonly title: Bilingual;
  readonly commentary: readonly CommentaryNote[];
  /** The seed's Python for this section, verbatim, with its example calls and printed outputs. */
  readonly source: readonly SeedCodeCell[];
  /** The book's code this section runs, where the seed only points at it (the two-layer net). */
  readonly bookSource?: readonly BookFile[];
  /** The editable input matrices in display order (dout excluded), with the label the seed uses. */
  readonly inputs: readonly { readonly name: string; readonly label: string }[];
  readonly presets: readonly Preset[];
  readonly random?: RandomInputs;
  readonly seedDout: SeedDout;
  readonly defaultDout: DoutSource;
  /** Pitfall codes explained in this cell whatever the inputs (slips in the seed's own code). */
  readonly pitfalls?: readonly string[];
}
