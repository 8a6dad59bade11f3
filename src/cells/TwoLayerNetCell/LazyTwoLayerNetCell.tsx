import { lazy, Suspense } from 'react';
import { SeedHeading } from '../../i18n/SeedText';
import { twoLayerNetCell } from '../../notebook/twoLayerNet';
import { usePaintedOnce } from '../useAfterPaint';

// Its own chunk: the graph, the gradient check and their charts load after the first cells' numbers
// (requested only once they are painted, see below).
const TwoLayerNetCell = lazy(() => import('./TwoLayerNetCell').then((m) => ({ default: m.TwoLayerNetCell })));

/** Holds the cell's place (and its `data-cell` and anchor) while its code loads. */
function Placeholder() {
  const { id, title } = twoLayerNetCell;
  return (
    <section className="cell" id={id} data-cell={id} aria-labelledby={`${id}-title`} aria-busy="true">
      <h2 id={`${id}-title`} className="cell-title">
        <SeedHeading text={title} />
      </h2>
      <p role="status">…</p>
    </section>
  );
}

/**
 * `<TwoLayerNetCell/>` loaded on demand, once the first numbers are painted, so the first page load stays
 * within its JavaScript budget however fast the network is.
 */
export function LazyTwoLayerNetCell() {
  const painted = usePaintedOnce();
  if (!painted) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <TwoLayerNetCell />
    </Suspense>
  );
}
