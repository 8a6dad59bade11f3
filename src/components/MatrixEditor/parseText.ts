import { astype, parseNumpy, ParseError, type DType, type Tensor } from '../../engine';
import type { Lang } from '../../i18n/lang';
import { translate } from '../../i18n/translate';

/** A tensor read from text mode, or why it was refused; `line`/`column` (1-based) locate a syntax error. */
export type TextResult =
  | { readonly ok: true; readonly tensor: Tensor }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number };

/**
 * Reads text-mode input as `np.array` would (shape and dtype come from the text). A dtype this matrix
 * does not take is widened to float64 when that is allowed and loses nothing; otherwise it is refused.
 * Refusals are explained in `lang` (the parser's own reason stays as it is).
 */
export function parseText(text: string, allowed: readonly DType[], lang: Lang = 'en'): TextResult {
  let t: Tensor;
  try {
    t = parseNumpy(text);
  } catch (e) {
    if (e instanceof ParseError) {
      return {
        ok: false,
        message: translate(lang, 'text.syntaxAt', { line: e.line, column: e.column, reason: e.reason }),
        line: e.line,
        column: e.column,
      };
    }
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  if (allowed.includes(t.dtype)) return { ok: true, tensor: t };
  if (allowed.includes('float64')) return { ok: true, tensor: astype(t, 'float64') };
  return {
    ok: false,
    message: translate(lang, 'text.dtypeRefused', { dtype: t.dtype, allowed }),
  };
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
