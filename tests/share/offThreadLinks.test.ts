import { describe, expect, it, vi } from 'vitest';
import { encodeFragment } from '../../src/share/codec';
import { encodeCellFragment } from '../../src/share/encode';
import {
  offThreadEncoder,
  type LinkReply,
  type LinkRequest,
  type LinkWorkerPort,
} from '../../src/share/offThreadLinks';
import { notebookSnapshot } from '../../src/share/snapshot';
import { createNotebookStore } from '../../src/store/notebookStore';
import type { NotebookInputs } from '../../src/store/types';

/** A worker stand-in that holds requests until the test answers them, as the real one would. */
function fakeWorker() {
  const requests: LinkRequest[] = [];
  const port: LinkWorkerPort = {
    postMessage: (message) => void requests.push(structuredClone(message)),
    terminate: vi.fn(),
    onmessage: null,
    onerror: null,
  };
  /**
   * Answers request `i` as linkWorker.ts does: encodeFragment of the snapshot of the inputs posted, and
   * each named cell's saved text.
   */
  const answer = (i: number) => {
    const { id, inputs, cells } = requests[i];
    const encoded = encodeFragment(notebookSnapshot(inputs));
    const reply: LinkReply = cells
      ? {
          id,
          encoded,
          cellTexts: Object.fromEntries(cells.map((c) => [c, encodeCellFragment(c, inputs[c])])),
        }
      : { id, encoded };
    port.onmessage?.({ data: reply } as MessageEvent<LinkReply>);
  };
  return { port, requests, answer };
}

const fallback = (inputs: NotebookInputs) => encodeFragment(notebookSnapshot(inputs));
const inputs = () => createNotebookStore().getState().inputs;

describe('offThreadEncoder', () => {
  it('starts the worker on the first request, not before, and only once', async () => {
    const { port, answer } = fakeWorker();
    const makeWorker = vi.fn(() => port);
    const encode = offThreadEncoder(makeWorker, fallback);
    expect(makeWorker).not.toHaveBeenCalled();
    const a = encode(inputs());
    const b = encode(inputs());
    answer(0);
    answer(1);
    await Promise.all([a, b]);
    expect(makeWorker).toHaveBeenCalledTimes(1);
  });

  it('resolves each request with the worker’s text for it, in whatever order the replies come', async () => {
    const { port, answer } = fakeWorker();
    const encode = offThreadEncoder(() => port, fallback);
    const first = inputs();
    const second = { ...first, relu: { ...first.relu, dout: 'ones' as const } };
    const [a, b] = [encode(first), encode(second)];
    answer(1);
    answer(0);
    expect(await a).toEqual(fallback(first));
    expect(await b).toEqual(fallback(second));
    expect(await a).not.toEqual(await b);
  });

  it('asks for the saved text of the cells named, and resolves with it beside the link text', async () => {
    const { port, requests, answer } = fakeWorker();
    const encode = offThreadEncoder(() => port, fallback);
    const i = inputs();
    const later = encode(i, ['relu', 'batch-affine']);
    expect(requests[0].cells).toEqual(['relu', 'batch-affine']);
    answer(0);
    const { cellTexts, ...link } = await later;
    expect(link).toEqual(fallback(i));
    expect(cellTexts).toEqual({
      relu: encodeCellFragment('relu', i.relu),
      'batch-affine': encodeCellFragment('batch-affine', i['batch-affine']),
    });
  });

  it('posts no cells when none are asked for', async () => {
    const { port, requests, answer } = fakeWorker();
    const encode = offThreadEncoder(() => port, fallback);
    const later = encode(inputs(), []);
    answer(0);
    expect('cellTexts' in (await later)).toBe(false);
    expect(requests[0].cells).toBeUndefined();
  });

  it('encodes on the main thread when the worker cannot start', async () => {
    const encode = offThreadEncoder(() => {
      throw new Error('workers are not allowed here');
    }, fallback);
    const i = inputs();
    expect(await encode(i)).toEqual(fallback(i));
  });

  it('answers waiting and later requests itself once the worker fails, and stops the worker', async () => {
    const { port, requests } = fakeWorker();
    const makeWorker = vi.fn(() => port);
    const encode = offThreadEncoder(makeWorker, fallback);
    const i = inputs();
    const waiting = encode(i);
    port.onerror?.(new Event('error'));
    expect(await waiting).toEqual(fallback(i));
    expect(await encode(i)).toEqual(fallback(i));
    expect(requests).toHaveLength(1);
    expect(makeWorker).toHaveBeenCalledTimes(1);
    expect(port.terminate).toHaveBeenCalled();
  });
});
