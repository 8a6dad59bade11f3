import type { ParseIssue } from './parse/issues';

/** Python exception classes the engine reproduces. */
export type NumpyErrorKind = 'ValueError' | 'IndexError' | 'TypeError' | 'SyntaxError';

/** An error NumPy would raise, with NumPy's own message (e.g. `shapes (2,1) and (2,3) not aligned: ...`). */
export class NumpyError extends Error {
  readonly kind: NumpyErrorKind;
  /** The engine operation that raised it, e.g. `np.dot` or `affine.forward`. */
  readonly op: string;
  constructor(kind: NumpyErrorKind, message: string, op: string) {
    super(message);
    this.name = 'NumpyError';
    this.kind = kind;
    this.op = op;
  }
}

/**
 * A parse failure in text a learner typed or pasted, as data: `issue` says why (`{ code, params }`, worded
 * by the editor in the page's language), `offset` (0-based) and `line`/`column` (1-based) say where.
 */
export class ParseError extends Error {
  readonly issue: ParseIssue;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  constructor(issue: ParseIssue, line: number, column: number, offset: number) {
    super(`${issue.code} ${JSON.stringify(issue.params)} (line ${line}, column ${column})`);
    this.name = 'ParseError';
    this.issue = issue;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
  /** The refusal's code, e.g. `neverClosed`. */
  get code(): ParseIssue['code'] {
    return this.issue.code;
  }
}

/**
 * Something NumPy did silently that a learner would likely not expect.
 * `code` is stable (the notebook keys its explanations on it); `message` is plain English.
 */
export interface EngineWarning {
  readonly code: string;
  readonly message: string;
}
