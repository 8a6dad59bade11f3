import { issue, type Address, type Noun } from './issues';
import { parseErrorAt } from './position';
import type { Node } from './tree';

/**
 * The shape of a parsed tree, read along its first items as np.array does, then checked everywhere:
 * a ragged list fails (`raggedLength`: row 2 has 1 element but row 1 has 2) at the offending row.
 * `starts[i]` is the offset of leaf i, for messages about single numbers.
 */
export function shapeOf(root: Node, text: string, starts: readonly number[]): number[] {
  const shape: number[] = [];
  let probe = root;
  while (typeof probe !== 'number') {
    shape.push(probe.items.length);
    if (probe.items.length === 0) break;
    probe = probe.items[0];
  }
  const ndim = shape.length;
  const noun = (depth: number): Noun => (depth === ndim ? 'element' : depth === ndim - 1 ? 'row' : 'block');
  // `path` holds 0-based indices from the outside in; an address counts from 1, outermost first.
  const where = (path: readonly number[]): Address =>
    path.map((i, k) => ({ noun: noun(k + 1), index: i + 1 }));
  const first = (depth: number): Address => where(new Array<number>(depth).fill(0));

  const walk = (node: Node, path: number[]): void => {
    const depth = path.length;
    if (typeof node === 'number') {
      if (depth === ndim) return;
      const params = {
        at: where(path),
        first: first(depth),
        firstCount: shape[depth],
        noun: noun(depth + 1),
      };
      throw parseErrorAt(text, starts[node], issue('numberNotList', params));
    }
    if (depth === ndim) {
      throw parseErrorAt(text, node.start, issue('listNotNumber', { at: where(path), first: first(depth) }));
    }
    const n = node.items.length;
    if (n !== shape[depth]) {
      const params = {
        at: where(path),
        count: n,
        noun: noun(depth + 1),
        first: first(depth),
        firstCount: shape[depth],
      };
      throw parseErrorAt(text, node.start, issue('raggedLength', params));
    }
    for (let i = 0; i < n; i++) {
      path.push(i);
      walk(node.items[i], path);
      path.pop();
    }
  };
  walk(root, []);
  return shape;
}
