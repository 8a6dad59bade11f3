import { AffineCell } from './cells/AffineCell';
import { LazyTwoLayerNetCell } from './cells/TwoLayerNetCell/LazyTwoLayerNetCell';
import { TrainingSection } from './training/TrainingSection';
import { AffineCellChart, ReluCellChart, SigmoidCellChart, SoftmaxCellChart } from './cells/CellCharts';
import { ReluCell } from './cells/ReluCell';
import { SigmoidCell } from './cells/SigmoidCell';
import { SoftmaxWithLossCell } from './cells/SoftmaxWithLossCell';
import { AppFooter, AppHeader, Intro } from './AppSections';
import { SkipLink } from './components/SkipLink';
import { DownloadNotebookButton } from './export/DownloadNotebookButton';
import { LinkBanner } from './share/LinkBanner';
import { NotebookShareBar } from './share/NotebookShareBar';
import type { ShareSession } from './share/session';
import type { History } from './store/history';

/** Sharing, autosave and undo for the page; absent in tests that render the notebook alone. */
export interface Keeping {
  readonly session: ShareSession;
  readonly history: History;
}

/**
 * The notebook page: the seed's five sections as live cells, in its order.
 */
export function App({ keeping }: { keeping?: Keeping }) {
  return (
    <>
      <SkipLink />
      <AppHeader />
      <main className="notebook">
        {keeping && <LinkBanner session={keeping.session} />}
        {keeping && <NotebookShareBar session={keeping.session} history={keeping.history} />}
        <Intro />
        <DownloadNotebookButton />
        <ReluCell chart={<ReluCellChart />} />
        <SigmoidCell chart={<SigmoidCellChart />} />
        <AffineCell cell="affine" chart={<AffineCellChart cell="affine" />} />
        <AffineCell cell="batch-affine" chart={<AffineCellChart cell="batch-affine" />} />
        <SoftmaxWithLossCell chart={<SoftmaxCellChart />} />
        <LazyTwoLayerNetCell />
        <TrainingSection />
      </main>
      <AppFooter />
    </>
  );
}
