import { useMemo } from 'react';
import { MatrixEditor } from '../components/MatrixEditor/MatrixEditor';
import { MatrixView } from '../components/MatrixView/MatrixView';
import type { Translate } from '../i18n/translate';
import { useT } from '../i18n/useT';
import type { SeedDout } from '../notebook/cellDefinition';
import { CELLS, seedMatrices } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import type { DerivedMatrix } from '../store/selectors/outputs';
import type { DoutSource } from '../store/types';
import { useNotebook } from '../store/useNotebook';

function seedLabel(seedDout: SeedDout, t: Translate): string {
  switch (seedDout.kind) {
    case 'input':
      return t('dout.seedInput', { name: seedDout.name });
    case 'constant':
      return t('dout.seedConstant');
    case 'ones':
    case 'none':
      return t('dout.seedNone');
  }
}

/** The upstream gradient: where it comes from, and the matrix itself (editing it makes it your own). */
export function DoutControl({ cell, derived }: { cell: CellId; derived: DerivedMatrix }) {
  const source = useNotebook((s) => s.inputs[cell].dout);
  const seed = useNotebook((s) => s.inputs[cell].seed);
  const setDout = useNotebook((s) => s.setDout);
  const setMatrix = useNotebook((s) => s.setMatrix);
  const t = useT();
  const seedDout = useMemo(() => seedMatrices(cell, seed).dout, [cell, seed]);
  return (
    <div className="dout">
      <label className="dout-source">
        <span>dout =</span>
        <select
          value={source}
          data-dout-source={cell}
          onChange={(e) => setDout(cell, e.target.value as DoutSource)}
        >
          <option value="seed">{seedLabel(CELLS[cell].seedDout, t)}</option>
          <option value="ones">np.ones_like(out)</option>
          <option value="custom">{t('dout.custom')}</option>
        </select>
      </label>
      {derived.value ? (
        <MatrixEditor
          name="dout"
          label="dout"
          value={derived.value}
          seedValue={seedDout ?? derived.value}
          randomSeed={seed}
          onCommit={(t) => setMatrix(cell, 'dout', t)}
        />
      ) : (
        <MatrixView name="dout" label="dout" value={null} error={derived.error} cap={derived.limit} />
      )}
    </div>
  );
}
