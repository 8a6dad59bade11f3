import { AffineCell } from './cells/AffineCell';
import { ReluCell } from './cells/ReluCell';
import { SigmoidCell } from './cells/SigmoidCell';
import { SoftmaxWithLossCell } from './cells/SoftmaxWithLossCell';
import { AppFooter, AppHeader, ClosingSection, Intro } from './AppSections';
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
 * CHART SLOTS: each cell takes a `chart` prop (e.g. <ReluCell chart={<ReluChart />} />), wired by the lead.
 */
export function App({ keeping }: { keeping?: Keeping }) {
  return (
    <>
      <AppHeader />
      <main className="notebook">
        {keeping && <LinkBanner session={keeping.session} />}
        {keeping && <NotebookShareBar session={keeping.session} history={keeping.history} />}
        <Intro />
        <ReluCell />
        <SigmoidCell />
        <AffineCell cell="affine" />
        <AffineCell cell="batch-affine" />
        <SoftmaxWithLossCell />
        <ClosingSection />
      </main>
      <AppFooter />
    </>
  );
}
