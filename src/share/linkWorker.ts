/// <reference lib="webworker" />
import { encodeFragment } from './encode';
import { notebookSnapshot } from './snapshot';
import type { LinkRequest, LinkReply } from './offThreadLinks';

/**
 * The link worker: turns the notebook's inputs into their link text (JSON, deflate, base64), the work the
 * autosave and the address bar need a moment after each edit, so that it never holds up a keystroke.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LinkRequest>) => {
  const { id, inputs } = event.data;
  const reply: LinkReply = { id, encoded: encodeFragment(notebookSnapshot(inputs)) };
  scope.postMessage(reply);
};
