import { astype, parseNumpy, ParseError, toHalfWidth, type DType, type Tensor } from '../../engine';
import { said, type Said } from './said';

/**
 * A tensor read from text mode, or why it was refused (worded when shown); `line`/`column` (1-based)
 * locate a syntax error, and `halfWidth` is the text with its full-width characters made ASCII, offered
 * when the refusal is one of them.
 */
export type TextResult =
  | { readonly ok: true; readonly tensor: Tensor }
  | {
      readonly ok: false;
      readonly message: Said;
      readonly line?: number;
      readonly column?: number;
      readonly halfWidth?: string;
    };

/**
 * Reads text-mode input as `np.array` would (shape and dtype come from the text). A dtype this matrix
 * does not take is widened to float64 when that is allowed and loses nothing; otherwise it is refused.
 */
export function parseText(text: string, allowed: readonly DType[]): TextResult {
  let t: Tensor;
  try {
    t = parseNumpy(text);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const { line, column } = e;
    const message = said('text.syntaxAt', { line, column, reason: { parse: e.issue } });
    if (e.issue.code === 'fullWidth') {
      return { ok: false, message, line, column, halfWidth: toHalfWidth(text) };
    }
    return { ok: false, message, line, column };
  }
  if (allowed.includes(t.dtype)) return { ok: true, tensor: t };
  if (allowed.includes('float64')) return { ok: true, tensor: astype(t, 'float64') };
  return { ok: false, message: said('text.dtypeRefused', { dtype: t.dtype, allowed }) };
}

/** The 0-based offset in `text` of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
