import { useContext, type ReactNode } from 'react';
import { ExportButton } from '../export/ExportButton';
import { CellFormulas } from '../formulas/CellFormulas';
import { SeedHeading } from '../i18n/SeedText';
import { usePick, useT } from '../i18n/useT';
import type { CellDefinition } from '../notebook/cellDefinition';
import { NotebookStoreContext } from '../store/useNotebook';
import { BookSource } from './BookSource';
import './cellRendering.css';
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

/**
 * The frame every cell shares: title and commentary in the page's language, the seed's Python (and the
 * book's, where the seed only points at it), the live part and a chart.
 */
export function Cell({ def, children, chart }: CellProps) {
  const store = useContext(NotebookStoreContext);
  const t = useT();
  const title = usePick()(def.title);
  const reset = () => store.getState().resetCell(def.id);
  const headingId = `${def.id}-title`;
  return (
    <section className="cell" id={def.id} data-cell={def.id} aria-labelledby={headingId}>
      <h2 id={headingId} className="cell-title">
        <SeedHeading text={def.title} />
      </h2>
      <div className="cell-text">
        <Commentary notes={def.commentary} />
        <CellFormulas cell={def.id} />
        <SeedSource cells={def.source} />
        {def.bookSource && <BookSource files={def.bookSource} />}
      </div>
      <CellErrorBoundary label={title} onReset={reset}>
        {children}
        <ExportButton cell={def.id} />
      </CellErrorBoundary>
      <div className="cell-chart" data-chart-slot={def.id}>
        <CellErrorBoundary label={t('crash.chart', { label: title })} onReset={reset}>
          {chart}
        </CellErrorBoundary>
      </div>
    </section>
  );
}
