import { lazy, Suspense } from 'react';
import { usePaintedOnce } from '../cells/useAfterPaint';
import { useT } from '../i18n/useT';

// Its own chunk: the worker client, the drawing pad and the charts load after the first cells' numbers.
const TrainingPanel = lazy(() => import('./TrainingPanel').then((m) => ({ default: m.TrainingPanel })));

/** The book's train_neural_net.py, live: the section that holds <TrainingPanel/>, loaded on demand. */
export function TrainingSection() {
  const t = useT();
  // Requested once the first numbers are painted: see LazyTwoLayerNetCell.
  const painted = usePaintedOnce();
  return (
    <section className="cell training-section" id="training" aria-labelledby="training-title">
      <h2 id="training-title" className="cell-title">
        {t('training.title')}
      </h2>
      {painted ? (
        <Suspense fallback={<p role="status">…</p>}>
          <TrainingPanel />
        </Suspense>
      ) : (
        <p role="status">…</p>
      )}
    </section>
  );
}
