/**
 * Why parseNumpy refused a text, as data: a stable `code` and the `params` its words need. The engine
 * holds no learner prose; the editor words each code in the page's language (see
 * src/components/MatrixEditor/parseWords.ts, which must cover every code here).
 */

/** A token as a message names it: `']'`, `number 1.5`, `text 'a'`, or the end of the input. */
export type TokenText =
  { readonly kind: 'char' | 'number' | 'text'; readonly spelling: string } | { readonly kind: 'end' };

/** What the parser was looking for when it met something else. */
export type Expected =
  | 'number'
  | 'numberOrOpen'
  | 'numberOpenOrClose'
  | 'commaCloseOrNumber'
  | 'commaOrParen'
  | 'wholeNumber'
  | 'shape'
  | 'dtype';

/** A place elsewhere in the same text (1-based), for messages that point back at an opener. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

/** One step of a ragged list's address, outermost first: which block, row or element (1-based). */
export type Noun = 'element' | 'row' | 'block';
export type Address = readonly { readonly noun: Noun; readonly index: number }[];

/** Every refusal parseNumpy can give, by code, with its parameters. */
export interface ParseIssueParams {
  unexpected: { found: TokenText; expected: Expected };
  endedEarly: { expected: Expected };
  neverClosed: { opener: string; at: Place; closer: string };
  wrongCloser: { found: TokenText; opener: string; at: Place; closer: string };
  summarised: Record<string, never>;
  unknownName: { name: string };
  unknownFunction: { name: string };
  noneNotNumber: { name: string };
  constantCalled: { name: string };
  typeNotNumber: { name: string };
  mustBeCalled: { name: string };
  noExponentDigits: { spelling: string; letter: string };
  runTogether: { number: string };
  glued: { number: string; char: string };
  /** An integer literal NumPy would store as uint64 (up to 2**64 − 1) or as Python objects past it. */
  intBeyondInt64: { spelling: string; numpyDtype: 'uint64' | 'object' };
  /** An int64 value at or past 2**53: NumPy holds it exactly, a float64 number cannot. */
  intBeyondExact: { spelling: string };
  /** NumPy's own OverflowError when a float too large for int64 is cast to it. */
  int64Overflow: { value: string };
  unclosedQuote: Record<string, never>;
  /** A full-width character (from a Japanese input method) where Python reads only ASCII. */
  fullWidth: { char: string; codePoint: string; halfWidth: string };
  nothingToRead: Record<string, never>;
  afterEnd: { found: TokenText };
  signAlone: { sign: string };
  plainNumberHere: { name: string };
  signBeforeBool: { name: string };
  callNeedsValue: { name: string };
  callNeedsList: { name: string };
  tooDeep: { max: number };
  unsupportedArgument: { name: string };
  arrayTooManyArgs: Record<string, never>;
  onlyOutermost: { key: string };
  givenTwice: { key: string };
  unknownDtype: { name: string };
  unsupportedDtype: { name: string };
  textNotNumber: { text: string };
  cannotConvert: { value: string; dtype: string };
  rangeNeedsFinite: { name: string };
  arangeBool: Record<string, never>;
  rangeNeedsWhole: { name: string };
  rangeArgCount: { name: string };
  rangeZeroStep: { name: string };
  tooManyElements: { limit: number };
  dimTooLong: { length: number; limit: number };
  textTooLong: { length: number; limit: number };
  emptyLine: Record<string, never>;
  raggedLength: { at: Address; count: number; noun: Noun; first: Address; firstCount: number };
  numberNotList: { at: Address; first: Address; firstCount: number; noun: Noun };
  listNotNumber: { at: Address; first: Address };
  shapeMismatch: { given: string; actual: string };
  nonFiniteToInt: { value: string };
}

/** A parse refusal's code. */
export type ParseCode = keyof ParseIssueParams;

/** A refusal as data: `{ code, params }`, the params typed by the code. */
export type ParseIssue = {
  [C in ParseCode]: { readonly code: C; readonly params: ParseIssueParams[C] };
}[ParseCode];

/** `issue('neverClosed', {...})`: a ParseIssue with its params checked against its code. */
export function issue<C extends ParseCode>(code: C, params: ParseIssueParams[C]): ParseIssue {
  return { code, params } as ParseIssue;
}
