import type { CellId } from '../notebook/cellIds';
import type { Step } from './errors';
import type { NotebookInputs } from '../store/types';

/**
 * Link text made off the main thread. For 64×64 matrices, encoding the notebook (JSON and its safety
 * check, deflate, base64) is a task of about 10 ms; run on the main thread a moment after an edit, it
 * held up whatever key the learner pressed next. A worker makes exactly the same text (`encodeFragment`
 * of the snapshot), so the page only posts the inputs (their arrays are copied, not formatted) and
 * stores what comes back. It also makes the saved text of the cells the page asks for (the autosave keeps
 * each cell under its own key): a 64×64 batch Affine cell is 20–40 ms of JSON, checks and deflate.
 */

/** A request to the link worker: the inputs to encode, and an id to match the reply. */
export interface LinkRequest {
  readonly id: number;
  readonly inputs: NotebookInputs;
  /** Cells whose saved text (`encodeCellFragment`) is wanted too. */
  readonly cells?: readonly CellId[];
}

/** Saved texts of some cells, by cell. */
export type CellTexts = Partial<Record<CellId, Step<string>>>;

/** The worker's reply: the link text of request `id`, or why there is none. */
export interface LinkReply {
  readonly id: number;
  readonly encoded: Step<string>;
  /** The saved text of each cell the request named. */
  readonly cellTexts?: CellTexts;
}

/** The part of a Worker used here; a fake stands in for it in tests. */
export interface LinkWorkerPort {
  postMessage(message: LinkRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LinkReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** Link text made elsewhere, with the saved texts of the cells asked for (when the worker made them). */
export type LaterText = Step<string> & { readonly cellTexts?: CellTexts };

/**
 * Encodes inputs elsewhere; resolves to what `encodeInputs` gives for them, and the saved text of each
 * cell in `cells` (`encodeCell`) when it was made there too.
 */
export type EncodeLater = (inputs: NotebookInputs, cells?: readonly CellId[]) => Promise<LaterText>;

/**
 * An encoder backed by a worker that `makeWorker` starts on the first request (not while the page
 * loads). When the worker cannot start or fails, `fallback` (encoding on the main thread) answers that
 * request and every later one: saving must keep working.
 */
export function offThreadEncoder(
  makeWorker: () => LinkWorkerPort,
  fallback: (inputs: NotebookInputs) => Step<string>,
): EncodeLater {
  let worker: LinkWorkerPort | null = null;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<number, { inputs: NotebookInputs; done: (encoded: LaterText) => void }>();

  const breakDown = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const { inputs, done } of waiting.values()) done(fallback(inputs));
    waiting.clear();
  };
  const start = (): LinkWorkerPort | null => {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = ({ data }) => {
      const request = waiting.get(data.id);
      waiting.delete(data.id);
      request?.done(data.cellTexts ? { ...data.encoded, cellTexts: data.cellTexts } : data.encoded);
    };
    worker.onerror = breakDown;
    return worker;
  };

  return (inputs, cells) =>
    new Promise((done) => {
      const port = start();
      if (!port) return done(fallback(inputs));
      const id = nextId++;
      waiting.set(id, { inputs, done });
      try {
        port.postMessage(cells?.length ? { id, inputs, cells } : { id, inputs });
      } catch {
        breakDown();
      }
    });
}

/** The page's link worker (Vite bundles linkWorker.ts as its own chunk). */
export function startLinkWorker(): LinkWorkerPort {
  return new Worker(new URL('./linkWorker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as LinkWorkerPort;
}
