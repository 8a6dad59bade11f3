import type { CellId } from '../notebook/cellIds';
import type { NotebookInputs } from '../store/types';
import { encodeFragment } from './codec';
import { fail, pass, type Step } from './errors';
import { LIMITS } from './limits';
import { cellSnapshot, notebookSnapshot, type Snapshot } from './snapshot';

/** A share link, with whether it is long enough that a JSON file is the better way to pass it on. */
export interface ShareLink {
  readonly url: string;
  /** Characters of the whole URL. */
  readonly length: number;
  /** Past LIMITS.linkSoftMaxChars: the UI offers a JSON file beside the link. */
  readonly preferFile: boolean;
}

/** `href` without its fragment. */
export function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** The link opening `snapshot` on the page at `href` (its own fragment is replaced). */
export function linkFor(snapshot: Snapshot, href: string): Step<ShareLink> {
  const fragment = encodeFragment(snapshot);
  if (!fragment.ok)
    return fail(fragment.error.code, `this cannot be shared as a link: ${fragment.error.message}`);
  const url = `${withoutFragment(href)}#${fragment.value}`;
  return pass({ url, length: url.length, preferFile: url.length > LIMITS.linkSoftMaxChars });
}

/** The link to one cell's complete inputs, opening at that cell. */
export function cellLink(inputs: NotebookInputs, cell: CellId, href: string): Step<ShareLink> {
  return linkFor(cellSnapshot(inputs, cell), href);
}

/** The link to the whole notebook. */
export function notebookLink(inputs: NotebookInputs, href: string): Step<ShareLink> {
  return linkFor(notebookSnapshot(inputs), href);
}
