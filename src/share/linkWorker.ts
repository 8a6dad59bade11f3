/// <reference lib="webworker" />
import { encodeCellFragment, encodeFragment } from './encode';
import { notebookSnapshot } from './snapshot';
import type { CellTexts, LinkRequest, LinkReply } from './offThreadLinks';

/**
 * The link worker: turns the notebook's inputs into their link text (JSON, deflate, base64), the work the
 * autosave and the address bar need a moment after each edit, so that it never holds up a keystroke; and
 * the saved text of the cells the page names (each cell's autosave entry).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LinkRequest>) => {
  const { id, inputs, cells } = event.data;
  const encoded = encodeFragment(notebookSnapshot(inputs));
  const cellTexts: CellTexts | undefined = cells?.length
    ? Object.fromEntries(cells.map((cell) => [cell, encodeCellFragment(cell, inputs[cell])]))
    : undefined;
  const reply: LinkReply = cellTexts ? { id, encoded, cellTexts } : { id, encoded };
  scope.postMessage(reply);
};
