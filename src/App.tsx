import { AffineCell } from './cells/AffineCell';
import { ReluCell } from './cells/ReluCell';
import { SigmoidCell } from './cells/SigmoidCell';
import { SoftmaxWithLossCell } from './cells/SoftmaxWithLossCell';
import { AppFooter, AppHeader, ClosingSection, Intro } from './AppSections';

/**
 * The notebook page: the seed's five sections as live cells, in its order.
 * CHART SLOTS: each cell takes a `chart` prop (e.g. <ReluCell chart={<ReluChart />} />), wired by the lead.
 */
export function App() {
  return (
    <>
      <AppHeader />
      <main className="notebook">
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
