import { parseErrorAt } from './position';
import type { Node } from './tree';

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The shape of a parsed tree, read along its first items as np.array does, then checked everywhere:
 * a ragged list fails with `row 2 has 1 element but row 1 has 2` at the offending row.
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
  const noun = (depth: number): string => (depth === ndim ? 'element' : depth === ndim - 1 ? 'row' : 'block');
  // `path` holds 0-based indices from the outside in; messages count from 1, innermost first.
  const where = (path: readonly number[]): string =>
    path
      .map((i, k) => `${noun(k + 1)} ${i + 1}`)
      .reverse()
      .join(' of ');
  const first = (depth: number): string => where(new Array<number>(depth).fill(0));

  const walk = (node: Node, path: number[]): void => {
    const depth = path.length;
    if (typeof node === 'number') {
      if (depth === ndim) return;
      const reason = `${where(path)} is a single number but ${first(depth)} is a list of ${plural(shape[depth], noun(depth + 1))}`;
      throw parseErrorAt(text, starts[node], reason);
    }
    if (depth === ndim) {
      throw parseErrorAt(text, node.start, `${where(path)} is a list but ${first(depth)} is a single number`);
    }
    const n = node.items.length;
    if (n !== shape[depth]) {
      const reason = `${where(path)} has ${plural(n, noun(depth + 1))} but ${first(depth)} has ${shape[depth]}`;
      throw parseErrorAt(text, node.start, reason);
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
