import type { LeafKind } from './names';
import { issue } from './issues';
import { parseErrorAt } from './position';

/**
 * Limits that keep a hostile paste from freezing the page, checked before the work they bound: the text's
 * length before it is read, elements and a dimension's length as they are read. The element and
 * dimension caps are the ones a shared link's matrices pass (src/share/limits.ts; a test keeps them
 * equal), so whatever text mode accepts can be saved and shared. 2 MiB of text is 32 characters for each
 * of 65,536 elements: room for NumPy's widest float64 repr (`-1.2345678901234567e-300, `) and its indent.
 */
export const PARSE_LIMITS = Object.freeze({
  maxElements: 65_536,
  maxDimLength: 4_096,
  maxChars: 2 * 1024 * 1024,
  maxDepth: 64,
});

/** A bracketed list (or tuple, range, row of a table) and the offset of what opened it. */
export interface ListNode {
  readonly items: Node[];
  readonly start: number;
}

/** A list, or the index of a leaf in `Leaves`. Leaves are numbered in reading order, i.e. row-major. */
export type Node = ListNode | number;

const KIND_CODE: Record<LeafKind, number> = { int: 0, float: 1, bool: 2 };

/** Every number read so far, in reading order, with how it was written and where. */
export class Leaves {
  readonly values: number[] = [];
  /** 0 int, 1 float, 2 bool: the literal's kind, for dtype inference. */
  readonly kinds: number[] = [];
  readonly starts: number[] = [];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  get count(): number {
    return this.values.length;
  }

  /** Appends a leaf and returns its index; refuses to grow past the element limit. */
  push(value: number, kind: LeafKind, start: number): number {
    const n = this.values.length;
    if (n >= PARSE_LIMITS.maxElements) throw this.tooMany(start);
    this.values.push(value);
    this.kinds.push(KIND_CODE[kind]);
    this.starts.push(start);
    return n;
  }

  /** Fails early, before materialising, when `extra` more leaves would pass the element limit. */
  reserve(extra: number, start: number): void {
    if (this.values.length + extra > PARSE_LIMITS.maxElements) throw this.tooMany(start);
  }

  /** The dtype np.array infers: any float → float64, else any int → int64, else bool; none → float64. */
  inferred(): 'float64' | 'int64' | 'bool' {
    let sawInt = false;
    for (const k of this.kinds) {
      if (k === 1) return 'float64';
      if (k === 0) sawInt = true;
    }
    if (sawInt || this.kinds.length === 0) return sawInt ? 'int64' : 'float64';
    return 'bool';
  }

  private tooMany(start: number): Error {
    return parseErrorAt(this.text, start, issue('tooManyElements', { limit: PARSE_LIMITS.maxElements }));
  }
}
