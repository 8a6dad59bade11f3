import { hyperparameterErrors, type Hyperparameters } from './hyperparameters';

/**
 * The messages between the page and the training worker. Every message is plain structured-clone data;
 * typed arrays are transferred, not copied. The page sends requests, the worker answers with events.
 */

/** Where the worker's run is. `loading`: the digits are being fetched; `done`: all iterations ran. */
export type TrainingStatus = 'loading' | 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Page → worker. */
export type WorkerRequest =
  /** Starts a new run with these hyperparameters (dropping any current one). */
  | { readonly type: 'start'; readonly hyperparameters: Hyperparameters }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** Drops the current run; the worker goes back to `idle`. */
  | { readonly type: 'reset' }
  /** The learning rate and iteration count apply to the current run at once; the rest at the next start. */
  | { readonly type: 'setHyperparameters'; readonly hyperparameters: Hyperparameters }
  /** Class probabilities of one image (rows·cols values in [0, 1]) under the current weights. */
  | { readonly type: 'predict'; readonly id: number; readonly pixels: Float32Array };

/** Accuracies measured at an epoch boundary (the book: `if i % iter_per_epoch == 0`). */
export interface EpochRecord {
  readonly epoch: number;
  /** The step (1-based count of SGD updates done) after which they were measured. */
  readonly step: number;
  readonly trainAcc: number;
  readonly testAcc: number;
}

/** Worker → page. */
export type WorkerEvent =
  /** The digits are loaded: the split and image size. */
  | {
      readonly type: 'ready';
      readonly trainCount: number;
      readonly testCount: number;
      readonly rows: number;
      readonly cols: number;
    }
  | { readonly type: 'status'; readonly status: TrainingStatus }
  /**
   * Where the run is. `losses` holds the loss of every step since the previous progress event (steps
   * `step - losses.length + 1` .. `step`), `epochs` the epoch records since then.
   */
  | {
      readonly type: 'progress';
      readonly step: number;
      readonly iterations: number;
      readonly epoch: number;
      readonly loss: number;
      readonly trainAcc: number | null;
      readonly testAcc: number | null;
      readonly elapsedMs: number;
      readonly losses: Float32Array;
      readonly epochs: readonly EpochRecord[];
    }
  /** W1 (inputSize × hiddenSize, row-major) for the weight images. */
  | {
      readonly type: 'snapshot';
      readonly step: number;
      readonly inputSize: number;
      readonly hiddenSize: number;
      readonly W1: Float32Array;
    }
  /** `probabilities` is null while there is no network to ask (before the first start). */
  | { readonly type: 'prediction'; readonly id: number; readonly probabilities: readonly number[] | null }
  /** `fatal`: the worker cannot train at all (e.g. the digits could not be loaded). */
  | { readonly type: 'error'; readonly message: string; readonly fatal: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isHyperparameters(v: unknown): v is Hyperparameters {
  if (!isRecord(v)) return false;
  const keys = ['hiddenSize', 'weightInitStd', 'learningRate', 'batchSize', 'iterations', 'seed'] as const;
  if (!keys.every((k) => typeof v[k] === 'number')) return false;
  return Object.keys(hyperparameterErrors(v as unknown as Hyperparameters)).length === 0;
}

/** `data` as a request, or an error message saying what is wrong with it (the worker reports it). */
export function parseWorkerRequest(data: unknown): WorkerRequest | string {
  if (!isRecord(data) || typeof data.type !== 'string') return 'training worker: a message without a type';
  switch (data.type) {
    case 'pause':
    case 'resume':
    case 'reset':
      return { type: data.type };
    case 'start':
    case 'setHyperparameters':
      return isHyperparameters(data.hyperparameters)
        ? { type: data.type, hyperparameters: data.hyperparameters }
        : `training worker: ${data.type} with invalid hyperparameters`;
    case 'predict':
      return typeof data.id === 'number' && data.pixels instanceof Float32Array
        ? { type: 'predict', id: data.id, pixels: data.pixels }
        : 'training worker: predict needs a numeric id and Float32Array pixels';
    default:
      return `training worker: unknown message type ${JSON.stringify(data.type)}`;
  }
}

/** The typed arrays to transfer with a worker event (so they are moved, not copied). */
export function transferablesOf(event: WorkerEvent): Transferable[] {
  if (event.type === 'progress') return [event.losses.buffer];
  if (event.type === 'snapshot') return [event.W1.buffer];
  return [];
}
