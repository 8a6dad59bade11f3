import { memo } from 'react';
import { usePick, useT } from '../i18n/useT';
import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import { ShareButton } from '../share/ShareButton';
import { useNotebook } from '../store/useNotebook';

/** A cell's whole-cell actions: load one of the seed's examples, re-roll random inputs, reset. */
export const CellToolbar = memo(function CellToolbar({ cell }: { cell: CellId }) {
  const def = CELLS[cell];
  const t = useT();
  const pick = usePick();
  const seed = useNotebook((s) => s.inputs[cell].seed);
  const loadPreset = useNotebook((s) => s.loadPreset);
  const reroll = useNotebook((s) => s.reroll);
  const resetCell = useNotebook((s) => s.resetCell);
  return (
    <div className="cell-toolbar" role="toolbar" aria-label={t('toolbar.label', { title: pick(def.title) })}>
      {def.presets.length > 1 &&
        def.presets.map((p) => (
          <button key={p.id} type="button" data-preset={p.id} onClick={() => loadPreset(cell, p.id)}>
            {pick(p.label)}
          </button>
        ))}
      {def.random && (
        <>
          <code className="seed-call" data-random-seed={seed}>
            np.random.seed({seed})
          </code>
          <button type="button" data-reroll={cell} onClick={() => reroll(cell)}>
            {t('toolbar.reroll')}
          </button>
        </>
      )}
      <button type="button" data-reset-cell={cell} onClick={() => resetCell(cell)}>
        {t('toolbar.reset')}
      </button>
      <ShareButton cell={cell} />
    </div>
  );
});
