import type { DType } from '../tensor';
import { Lexer, type TokenKind } from './lexer';
import { lookupWord, type LeafKind, type Word } from './names';
import { readGrid, type GridContext } from './grid';
import { issue, type Expected, type ParseIssue } from './issues';
import { badName, clip, unclosed, unexpectedToken } from './messages';
import { parseErrorAt } from './position';
import { Leaves, PARSE_LIMITS, type ListNode, type Node } from './tree';
import { readArrayArgs, readRangeArgs, readScalarCall, type CallContext } from './calls';

/** What the text says: the nested structure, its numbers, and the outermost `array(...)` options. */
export interface Parsed {
  readonly root: Node;
  readonly leaves: Leaves;
  /** `dtype=` of the outermost `array(...)`, and its offset. */
  readonly dtype?: { readonly dtype: DType; readonly start: number };
  /** `shape=` of the outermost `array(...)` (NumPy prints it for empty arrays), and its offset. */
  readonly shape?: { readonly dims: number[]; readonly start: number };
}

/** A number read but not yet stored: a call like `np.float64(0.5)` reads one without keeping it. */
export interface Scalar {
  readonly value: number;
  readonly kind: LeafKind;
  readonly start: number;
}

/** Tokens a value can start with; anything else inside a list is reported with the list's context. */
const VALUE_START = new Set<TokenKind>(['[', '(', 'number', 'sign', 'name', '...']);
const ASSIGNMENT = /[A-Za-z_]\w*[ \t]*=(?!=)/y;
const LEAF_KIND: Record<DType, LeafKind> = { float64: 'float', int64: 'int', bool: 'bool' };

/**
 * Reads NumPy printouts, reprs, Python/JS lists and spreadsheet tables into a tree of lists whose
 * leaves are numbered in reading order. Shapes are checked afterwards (see `shape.ts`).
 */
export function parseTree(text: string): Parsed {
  return new Parser(text).parse();
}

class Parser implements CallContext, GridContext {
  readonly lex: Lexer;
  readonly leaves: Leaves;
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.lex = new Lexer(text);
    this.leaves = new Leaves(text);
  }

  parse(): Parsed {
    const { lex } = this;
    lex.next();
    this.skipAssignment();
    if (lex.kind() === 'end') {
      throw this.error(0, issue('nothingToRead', {}));
    }
    const structural = lex.kind() === 'name' && isStructural(lookupWord(lex.word));
    if (lex.kind() !== '[' && lex.kind() !== '(' && !structural)
      return { root: readGrid(this), leaves: this.leaves };
    const outer: { dtype?: Parsed['dtype']; shape?: Parsed['shape'] } = {};
    const root = structural ? this.call(0, outer) : this.value(0);
    if (lex.kind() === ';') lex.next();
    if (lex.kind() !== 'end') {
      throw this.error(lex.start, issue('afterEnd', { found: lex.describe() }));
    }
    return { root, leaves: this.leaves, ...outer };
  }

  /** Any value inside brackets: a list, a tuple, a call such as `range(3)`, or one number. */
  value(depth: number): Node {
    const { lex } = this;
    if (lex.kind() === '[') return this.list(depth);
    if (lex.kind() === '(') return this.tuple(depth);
    if (lex.kind() === 'name' && isStructural(lookupWord(lex.word))) return this.call(depth, null);
    if (lex.kind() === 'number') {
      // The common case, kept free of allocations: a printout is mostly plain numbers.
      const leaf = this.leaves.push(lex.value, lex.isFloat ? 'float' : 'int', lex.start);
      lex.next();
      return leaf;
    }
    return this.scalar();
  }

  /** One number (with its sign) stored as a leaf; returns the leaf's index. */
  scalar(): number {
    const s = this.readScalar();
    return this.leaves.push(s.value, s.kind, s.start);
  }

  /** One number: `-1.5`, `nan`, `-inf`, `True`, `np.True_`, and, if `allowCall`, `np.float64(0.5)`. */
  readScalar(allowCall = true): Scalar {
    const { lex } = this;
    const start = lex.start;
    let sign = 1;
    if (lex.kind() === 'sign') {
      sign = lex.value;
      const signEnd = lex.end;
      lex.next();
      if (lex.start !== signEnd || (lex.kind() !== 'number' && lex.kind() !== 'name')) {
        throw this.error(start, issue('signAlone', { sign: this.text[start] }));
      }
    }
    if (lex.kind() === 'number') {
      const s: Scalar = { value: sign * lex.value, kind: lex.isFloat ? 'float' : 'int', start };
      lex.next();
      return s;
    }
    if (lex.kind() !== 'name') throw this.unexpected('number');
    const { word } = lex;
    const nameStart = lex.start;
    const found = lookupWord(word);
    lex.next();
    const called = lex.kind() === '(';
    let s: Scalar;
    if (called && found?.kind === 'scalar' && !allowCall) {
      throw this.error(nameStart, issue('plainNumberHere', { name: clip(word) }));
    }
    if (called && found?.kind === 'scalar')
      s = readScalarCall(this, found.dtype, LEAF_KIND[found.dtype], start);
    else if (!called && found?.kind === 'constant') s = { value: found.value, kind: found.leaf, start };
    else throw badName(this.text, word, found, nameStart, called);
    if (sign === 1) return s;
    if (s.kind === 'bool') throw this.error(start, issue('signBeforeBool', { name: clip(word) }));
    return { ...s, value: -s.value };
  }

  /** `[a, b c, …]`: commas are optional (NumPy's str() has none) and a trailing comma is fine. */
  private list(depth: number): ListNode {
    const { lex } = this;
    const open = this.open(depth);
    const items: Node[] = [];
    let comma = false;
    for (;;) {
      if (lex.kind() === ']') {
        lex.next();
        return { items, start: open };
      }
      if (lex.kind() === ',') {
        if (items.length === 0 || comma) throw this.unexpected('numberOrOpen');
        comma = true;
        lex.next();
        continue;
      }
      if (lex.kind() === 'end' || lex.kind() === ')') throw unclosed(lex, open, ']');
      if (!VALUE_START.has(lex.kind()))
        throw this.unexpected(items.length ? 'commaCloseOrNumber' : 'numberOpenOrClose');
      if (items.length >= PARSE_LIMITS.maxDimLength) throw this.tooLong(lex.start);
      items.push(this.value(depth + 1));
      comma = false;
    }
  }

  /** `(a, b)` is a list, `(a,)` a list of one, `()` empty, and `(a)` just `a`, as in Python. */
  private tuple(depth: number): Node {
    const { lex } = this;
    const open = this.open(depth);
    if (lex.kind() === ')') {
      lex.next();
      return { items: [], start: open };
    }
    const first = this.value(depth + 1);
    const items: Node[] = [first];
    let grouping = true;
    while (lex.kind() === ',') {
      grouping = false;
      lex.next();
      if (lex.kind() === ')' || lex.kind() === 'end') break;
      if (items.length >= PARSE_LIMITS.maxDimLength) throw this.tooLong(lex.start);
      items.push(this.value(depth + 1));
    }
    if (lex.kind() !== ')')
      throw lex.kind() === 'end' ? unclosed(lex, open, ')') : this.unexpected('commaOrParen');
    lex.next();
    return grouping ? first : { items, start: open };
  }

  /** `np.array(...)`, `range(...)`, `np.arange(...)`, `list(...)`; `outer` collects dtype=/shape=. */
  private call(depth: number, outer: { dtype?: Parsed['dtype']; shape?: Parsed['shape'] } | null): Node {
    const { lex } = this;
    const { word } = lex;
    const nameStart = lex.start;
    const found = lookupWord(word) as Word & { kind: 'array' | 'range' | 'arange' | 'list' };
    lex.next();
    if (lex.kind() !== '(') throw badName(this.text, word, found, nameStart, false);
    const open = this.open(depth);
    if (found.kind === 'range' || found.kind === 'arange') {
      return readRangeArgs(this, found.kind === 'arange' ? 'np.arange' : 'range', nameStart, open);
    }
    if (lex.kind() === ')') throw this.error(lex.start, issue('callNeedsValue', { name: clip(word) }));
    const valueStart = lex.start;
    const node = this.value(depth + 1);
    if (found.kind === 'list') {
      if (typeof node === 'number')
        throw this.error(valueStart, issue('callNeedsList', { name: clip(word) }));
      this.close(open);
      return node;
    }
    readArrayArgs(this, outer, open);
    return node;
  }

  /** Consumes an opening bracket or parenthesis and returns its offset, refusing absurd nesting. */
  open(depth: number): number {
    const at = this.lex.start;
    if (depth >= PARSE_LIMITS.maxDepth) {
      throw this.error(at, issue('tooDeep', { max: PARSE_LIMITS.maxDepth }));
    }
    this.lex.next();
    return at;
  }

  /** Consumes the ')' that closes the '(' at `open`. */
  close(open: number): void {
    if (this.lex.kind() !== ')')
      throw this.lex.kind() === 'end' ? unclosed(this.lex, open, ')') : this.unexpected('commaOrParen');
    this.lex.next();
  }

  /** Skips `x = ` before the value, so a line copied from a notebook cell can be pasted as is. */
  private skipAssignment(): void {
    const { lex } = this;
    if (lex.kind() !== 'name' || lex.word.includes('.')) return;
    ASSIGNMENT.lastIndex = lex.start;
    if (!ASSIGNMENT.test(this.text)) return;
    lex.next();
    lex.next();
  }

  error(offset: number, why: ParseIssue): Error {
    return parseErrorAt(this.text, offset, why);
  }

  /** "unexpected X: expected Y" at the current token. */
  unexpected(expected: Expected): Error {
    return unexpectedToken(this.lex, expected);
  }

  /** A list longer than one dimension may be, refused at the first item too many. */
  tooLong(at: number): Error {
    const limit = PARSE_LIMITS.maxDimLength;
    return this.error(at, issue('dimTooLong', { length: limit + 1, limit }));
  }
}

function isStructural(found: Word | undefined): boolean {
  return (
    found !== undefined &&
    (found.kind === 'array' || found.kind === 'range' || found.kind === 'arange' || found.kind === 'list')
  );
}
