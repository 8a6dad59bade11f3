import { useContext, type ReactNode } from 'react';
import type { CellDefinition } from '../notebook/cellDefinition';
import { NotebookStoreContext } from '../store/useNotebook';
import { CellErrorBoundary } from './CellErrorBoundary';
import { Commentary } from './Commentary';
import { SeedSource } from './SeedSource';

interface CellProps {
  readonly def: CellDefinition;
  /** The cell's live part: editors, outputs and pitfalls. */
  readonly children: ReactNode;
  /** CHART SLOT: the cell's chart (<ReluChart/> and the like), wired by the app; empty until then. */
  readonly chart?: ReactNode;
}

/** The frame every cell shares: title, commentary (ja/en), the seed's Python, the live part and a chart. */
export function Cell({ def, children, chart }: CellProps) {
  const store = useContext(NotebookStoreContext);
  const reset = () => store.getState().resetCell(def.id);
  const headingId = `${def.id}-title`;
  return (
    <section className="cell" id={def.id} data-cell={def.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="cell-title">
        <span lang="ja">{def.title.ja}</span> <span className="cell-title-en">{def.title.en}</span>
      </h2>
      <div className="cell-text">
        <Commentary notes={def.commentary} />
        <SeedSource cells={def.source} />
      </div>
      <CellErrorBoundary label={def.title.en} onReset={reset}>
        {children}
      </CellErrorBoundary>
      <div className="cell-chart" data-chart-slot={def.id}>
        <CellErrorBoundary label={`${def.title.en} chart`} onReset={reset}>
          {chart}
        </CellErrorBoundary>
      </div>
    </section>
  );
}
