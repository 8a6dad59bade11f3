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

/** A parse failure in text a learner typed or pasted; `line` and `column` are 1-based. */
export class ParseError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(reason: string, line: number, column: number) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = 'ParseError';
    this.reason = reason;
    this.line = line;
    this.column = column;
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
