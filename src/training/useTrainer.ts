import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  createTrainingClient,
  type TrainingClient,
  type TrainingView,
  type WorkerPort,
} from './trainingClient';

/** A new training worker (Vite bundles worker.ts as its own module chunk). */
export function createTrainingWorker(): WorkerPort {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;
}

/**
 * Owns one training worker while the component is mounted: returns the run's view (re-rendering on
 * each report) and the client to send requests with.
 */
export function useTrainer(makeWorker: () => WorkerPort = createTrainingWorker): {
  view: TrainingView;
  client: TrainingClient;
} {
  const [client] = useState(createTrainingClient);
  useEffect(() => client.connect(makeWorker()), [client, makeWorker]);
  const view = useSyncExternalStore(client.subscribe, client.getView);
  return { view, client };
}
