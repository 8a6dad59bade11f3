import { astype } from '../array';
import { NumpyError } from '../errors';
import { tensor, type DType } from '../tensor';
import type { Lexer } from './lexer';
import { issue, type Expected, type ParseIssue } from './issues';
import { clip } from './messages';
import { lookupDtype, type LeafKind } from './names';
import { PARSE_LIMITS, type Leaves, type ListNode } from './tree';
import type { Parsed, Scalar } from './parser';

/** The parser's side the call readers need: its lexer, its leaves and its error helpers. */
export interface CallContext {
  readonly lex: Lexer;
  readonly leaves: Leaves;
  readonly text: string;
  readScalar(allowCall?: boolean): Scalar;
  error(offset: number, why: ParseIssue): Error;
  unexpected(expected: Expected): Error;
  close(open: number): void;
}

type Outer = { dtype?: Parsed['dtype']; shape?: Parsed['shape'] };

const KEYWORD = /[A-Za-z_]\w*\s*=(?!=)/y;
const NUMBER_TEXT = /^\s*[+-]?(nan|inf|infinity|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)\s*$/i;

/** True when the lexer sits on `name=`: a keyword argument. */
function atKeyword(ctx: CallContext): boolean {
  if (ctx.lex.kind() !== 'name') return false;
  KEYWORD.lastIndex = ctx.lex.start;
  return KEYWORD.test(ctx.text);
}

/** Reads `word=` and leaves the lexer on the argument's value; returns the word and its offset. */
function readKeyword(ctx: CallContext): { key: string; at: number } {
  const key = ctx.lex.word;
  const at = ctx.lex.start;
  ctx.lex.next();
  ctx.lex.next();
  return { key, at };
}

/** The arguments after the value of `array(value, ...)`, up to and including ')'. */
export function readArrayArgs(ctx: CallContext, outer: Outer | null, open: number): void {
  const { lex } = ctx;
  let positional = 0;
  while (lex.kind() === ',') {
    lex.next();
    if (lex.kind() === ')' || lex.kind() === 'end') break;
    if (atKeyword(ctx)) {
      const { key, at } = readKeyword(ctx);
      if (key === 'dtype') setOuter(ctx, outer, 'dtype', { dtype: readDtype(ctx), start: at });
      else if (key === 'shape') setOuter(ctx, outer, 'shape', { dims: readShape(ctx), start: at });
      else throw ctx.error(at, issue('unsupportedArgument', { name: clip(key) }));
    } else if (positional++ === 0) {
      const at = lex.start;
      setOuter(ctx, outer, 'dtype', { dtype: readDtype(ctx), start: at });
    } else {
      throw ctx.error(lex.start, issue('arrayTooManyArgs', {}));
    }
  }
  ctx.close(open);
}

function setOuter<K extends keyof Outer>(
  ctx: CallContext,
  outer: Outer | null,
  key: K,
  value: NonNullable<Outer[K]>,
): void {
  const at = value.start;
  if (!outer) throw ctx.error(at, issue('onlyOutermost', { key }));
  if (outer[key]) throw ctx.error(at, issue('givenTwice', { key }));
  outer[key] = value;
}

/** A dtype written as a name (`float64`, `np.int64`, `bool`) or a string (`'f8'`). */
function readDtype(ctx: CallContext): DType {
  const { lex } = ctx;
  const at = lex.start;
  if (lex.kind() !== 'name' && lex.kind() !== 'string') throw ctx.unexpected('dtype');
  const written = lex.word;
  lex.next();
  const found = lookupDtype(written);
  if (!found) throw ctx.error(at, issue('unknownDtype', { name: clip(written) }));
  if ('unsupported' in found) throw ctx.error(at, issue('unsupportedDtype', { name: clip(written) }));
  return found.dtype;
}

/** `shape=(2, 0)` or `shape=3`: whole numbers only. */
function readShape(ctx: CallContext): number[] {
  const { lex } = ctx;
  const whole = (): number => {
    if (lex.kind() !== 'number' || lex.isFloat) throw ctx.unexpected('wholeNumber');
    const n = lex.value;
    lex.next();
    return n;
  };
  if (lex.kind() === 'number') return [whole()];
  if (lex.kind() !== '(') throw ctx.unexpected('shape');
  const open = lex.start;
  lex.next();
  const dims: number[] = [];
  while (lex.kind() !== ')' && lex.kind() !== 'end') {
    dims.push(whole());
    if (lex.kind() !== ',') break;
    lex.next();
  }
  ctx.close(open);
  return dims;
}

/** `np.float64(0.5)`, `np.int64(3)`, `float('nan')`, `np.bool_(1)`: one number cast to `dtype`. */
export function readScalarCall(ctx: CallContext, dtype: DType, kind: LeafKind, start: number): Scalar {
  const { lex } = ctx;
  const open = lex.start;
  lex.next();
  let value = 0;
  const argAt = lex.start;
  if (lex.kind() === 'string') {
    if (!NUMBER_TEXT.test(lex.word)) throw ctx.error(argAt, issue('textNotNumber', { text: clip(lex.word) }));
    value = Number(lex.word.replace(/nan/i, 'NaN').replace(/inf(inity)?/i, 'Infinity'));
    lex.next();
  } else if (lex.kind() !== ')') {
    value = ctx.readScalar(false).value;
  }
  ctx.close(open);
  try {
    return { value: astype(tensor([], 'float64', Float64Array.of(value)), dtype).data[0], kind, start };
  } catch (e) {
    if (e instanceof NumpyError) {
      throw ctx.error(argAt, issue('cannotConvert', { value: String(value), dtype }));
    }
    throw e;
  }
}

/** `range(stop)`, `range(start, stop[, step])` and `np.arange(...)` as a list of their values. */
export function readRangeArgs(ctx: CallContext, name: string, nameStart: number, open: number): ListNode {
  const { lex } = ctx;
  const args: Scalar[] = [];
  let dtype: DType | undefined;
  while (lex.kind() !== ')' && lex.kind() !== 'end') {
    if (name === 'np.arange' && atKeyword(ctx)) {
      const { key, at } = readKeyword(ctx);
      if (key !== 'dtype') throw ctx.error(at, issue('unsupportedArgument', { name: clip(key) }));
      dtype = readDtype(ctx);
      if (dtype === 'bool') throw ctx.error(at, issue('arangeBool', {}));
    } else {
      const arg = ctx.readScalar();
      if (arg.kind === 'bool' || !Number.isFinite(arg.value)) {
        throw ctx.error(arg.start, issue('rangeNeedsFinite', { name }));
      }
      args.push(arg);
    }
    if (lex.kind() !== ',') break;
    lex.next();
  }
  ctx.close(open);
  const fractional = args.find((a) => a.kind === 'float');
  if (fractional && (name === 'range' || dtype === 'int64')) {
    throw ctx.error(fractional.start, issue('rangeNeedsWhole', { name }));
  }
  if (args.length === 0 || args.length > 3) {
    throw ctx.error(nameStart, issue('rangeArgCount', { name }));
  }
  const [first, stop, step] =
    args.length === 1 ? [0, args[0].value, 1] : [args[0].value, args[1].value, args[2]?.value ?? 1];
  if (step === 0) throw ctx.error(args[2].start, issue('rangeZeroStep', { name }));
  const isFloat = dtype === 'float64' || (dtype === undefined && args.some((a) => a.kind === 'float'));
  const count = Math.max(0, Math.ceil((stop - first) / step));
  if (count > PARSE_LIMITS.maxDimLength) {
    throw ctx.error(nameStart, issue('dimTooLong', { length: count, limit: PARSE_LIMITS.maxDimLength }));
  }
  ctx.leaves.reserve(count, nameStart);
  const items: number[] = new Array<number>(count);
  for (let i = 0; i < count; i++)
    items[i] = ctx.leaves.push(first + i * step, isFloat ? 'float' : 'int', nameStart);
  return { items, start: nameStart };
}
