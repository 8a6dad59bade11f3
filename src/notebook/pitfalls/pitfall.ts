import type { CellInputs, CellPatch } from '../../store/types';
import type { Bilingual } from '../cellDefinition';

/** A one-click change of the cell's inputs that does what the learner probably meant. */
export interface PitfallFix {
  readonly id: string;
  readonly label: Bilingual;
  readonly patch: CellPatch;
}

/**
 * The plain-words explanation of one warning code. What NumPy did comes from the engine's own message
 * (it knows the shapes); `did` is the general version, shown where the notebook raises the point itself.
 */
export interface Pitfall {
  readonly title: Bilingual;
  readonly did: Bilingual;
  readonly meant: Bilingual;
  /** The fixes that apply to these inputs (none where the point is only to understand). */
  readonly fixes?: (inputs: CellInputs) => readonly PitfallFix[];
}
