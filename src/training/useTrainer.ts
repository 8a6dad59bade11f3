import { useEffect, useState } from 'react';
import {
  createTrainingClient,
  type ReportScheduler,
  type TrainingClient,
  type WorkerPort,
} from './trainingClient';

/** A new training worker (Vite bundles worker.ts as its own module chunk). */
export function createTrainingWorker(): WorkerPort {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;
}

/** Shows the worker's reports once per animation frame, however many arrived since the last. */
export const reportEachFrame: ReportScheduler = (flush) => {
  requestAnimationFrame(flush);
};

/**
 * Owns one training worker while the component is mounted: returns the client to send requests with
 * and to read the run's view from (with useView), its progress reports shown per `scheduleReports`.
 */
export function useTrainer(
  makeWorker: () => WorkerPort = createTrainingWorker,
  scheduleReports: ReportScheduler = reportEachFrame,
): TrainingClient {
  const [client] = useState(() => createTrainingClient(scheduleReports));
  useEffect(() => client.connect(makeWorker()), [client, makeWorker]);
  return client;
}
