import { useSyncExternalStore } from 'react';
import type { TrainingClient, TrainingView } from './trainingClient';

/**
 * The part of the run's view that `select` picks, re-rendering only when that part changes, so a
 * progress report re-renders the figures that show it and not the whole panel. `select` must return a
 * field of the view or a plain value, never a new object (that would change on every call).
 */
export function useView<T>(client: TrainingClient, select: (view: TrainingView) => T): T {
  return useSyncExternalStore(client.subscribe, () => select(client.getView()));
}
