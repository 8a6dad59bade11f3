/// <reference lib="webworker" />
import { loadMnist, MNIST_ASSET } from './dataset';
import { createTrainingController } from './trainingController';

/**
 * The training Web Worker: loads the digits, then trains in time slices so that progress keeps flowing
 * and pause/resume/reset are answered between slices. All logic lives in trainingController.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

// A MessageChannel yields to the worker's event loop without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();

const handle = createTrainingController(
  {
    post: (event, transfer) => scope.postMessage(event, transfer),
    schedule: (task) => {
      tasks.push(task);
      channel.port2.postMessage(null);
    },
    now: () => performance.now(),
  },
  loadMnist(new URL(`${import.meta.env.BASE_URL}${MNIST_ASSET}`, scope.location.href).href),
);

scope.onmessage = (event: MessageEvent<unknown>) => handle(event.data);
