import { isCut } from './edgeItems';

/** How `layoutArray` lays out the element words. */
export interface LayoutOptions {
  /** Widest a line may grow, already reduced by any suffix such as a repr's `)`. */
  readonly lineWidth: number;
  /** Text before the opening `[` on the first line (`array(` for a repr); continuation lines indent past it. */
  readonly prefix: string;
  /** Between elements: `' '` for str, `', '` for repr. */
  readonly separator: string;
  /** Whether long axes are cut to their edges with `...`. */
  readonly summarise: boolean;
  readonly edgeItems: number;
}

const SUMMARY = '...';

/**
 * Nests already-formatted element words (in printing order) into NumPy's bracketed text: rows wrap
 * before `lineWidth` under the row's `[`, and an axis d levels from the last is separated by d−1 blank
 * lines. Mirrors the rules of NumPy's `_formatArray` and `_extendLine`.
 */
export function layoutArray(
  shape: readonly number[],
  words: readonly string[],
  options: LayoutOptions,
): string {
  const { separator, summarise, edgeItems } = options;
  const trimmedSeparator = separator.trimEnd();
  let next = 0;

  const recurse = (axis: number, hangingIndent: string, width: number): string => {
    const axesLeft = shape.length - axis;
    if (axesLeft === 0) return words[next++];
    const n = shape[axis];
    const cut = summarise && isCut(n, edgeItems);
    const childIndent = hangingIndent + ' ';
    const childWidth = width - 1;
    let s = '';
    if (axesLeft === 1) {
      // Room for the word, then for a separator or the closing bracket.
      const elemWidth = width - Math.max(trimmedSeparator.length, 1);
      let line = hangingIndent;
      const extend = (word: string): void => {
        if (line.length + word.length > elemWidth && line.length > hangingIndent.length) {
          s += line.trimEnd() + '\n';
          line = hangingIndent;
        }
        line += word;
      };
      for (let i = 0; i < n; i++) {
        if (cut && i === edgeItems) {
          extend(SUMMARY);
          line += separator;
          i = n - edgeItems;
        }
        extend(recurse(axis + 1, childIndent, childWidth));
        if (i < n - 1) line += separator;
      }
      s += line;
    } else {
      const lineSeparator = trimmedSeparator + '\n'.repeat(axesLeft - 1);
      for (let i = 0; i < n; i++) {
        if (cut && i === edgeItems) {
          s += hangingIndent + SUMMARY + lineSeparator;
          i = n - edgeItems;
        }
        s += hangingIndent + recurse(axis + 1, childIndent, childWidth);
        if (i < n - 1) s += lineSeparator;
      }
    }
    return '[' + s.slice(hangingIndent.length) + ']';
  };

  return recurse(0, ' '.repeat(options.prefix.length + 1), options.lineWidth);
}
