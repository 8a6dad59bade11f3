import type { DType } from '../../engine';
import { said, type Said } from './said';

/** A value for one element, or the reason it cannot go into an array of that dtype (worded when shown). */
export type CellValue =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: Said };

const EXACT_LIMIT = 2n ** 53n;
const INT64_LIMIT = 2n ** 63n;
const INT_TEXT = /^[+-]?\d(?:_?\d)*$/;
const OVERFLOW = 'OverflowError: Python int too large to convert to C long';

// Python's float() and int() literal grammars, underscores between digits included.
const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_RE = new RegExp(
  String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`,
);
const SPECIAL_RE = /^([+-]?)(nan|inf|infinity)$/i;
const TRUE_RE = /^true$/i;
const FALSE_RE = /^false$/i;

/** A typed entry as a Python number (booleans as 0/1), or null when it is not one. */
function parseLiteral(text: string): number | null {
  if (TRUE_RE.test(text)) return 1;
  if (FALSE_RE.test(text)) return 0;
  const special = SPECIAL_RE.exec(text);
  if (special) {
    if (special[2].toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!FLOAT_RE.test(text)) return null;
  return Number(text.replace(/_/g, ''));
}

/**
 * Checks that storing `x` into an array of `dtype` loses nothing, as `a[i] = x` would store it, and
 * explains (NumPy's own words stay English) what NumPy would do otherwise: truncate, refuse, or turn it
 * into True. `written` is the entry as typed, when there is one: an integer is judged on its exact digits,
 * never on the double they round to (9007199254740993 is not 9007199254740992).
 */
export function castChecked(x: number, dtype: DType, written?: string): CellValue {
  if (dtype === 'float64') return { ok: true, value: x };
  const refuse = (message: Said): CellValue => ({ ok: false, message });
  if (dtype === 'bool') {
    if (x === 0 || x === 1) return { ok: true, value: x };
    return refuse(said('entry.boolWouldBecome', { value: numText(x), becomes: x === 0 ? 'False' : 'True' }));
  }
  if (Number.isNaN(x))
    return refuse(said('entry.intNumpy', { numpy: 'cannot convert float NaN to integer' }));
  if (!Number.isFinite(x)) {
    return refuse(said('entry.intNumpy', { numpy: 'cannot convert float infinity to integer' }));
  }
  if (!Number.isInteger(x)) {
    return refuse(said('entry.intTruncated', { value: numText(x), truncated: Math.trunc(x) + 0 }));
  }
  const n = written !== undefined && INT_TEXT.test(written) ? BigInt(written.replace(/_/g, '')) : BigInt(x);
  if (n >= INT64_LIMIT || n < -INT64_LIMIT) return refuse(said('entry.intNumpy', { numpy: OVERFLOW }));
  if (n >= EXACT_LIMIT || n <= -EXACT_LIMIT) {
    return refuse(said('entry.intTooLarge', { value: n.toString(), max: Number.MAX_SAFE_INTEGER }));
  }
  return { ok: true, value: x + 0 };
}

/**
 * Reads what a learner typed into one element of an array of `dtype`: a Python number, True/False,
 * nan or inf. Lossy entries (1.5 into int64, 2 into bool) are refused with an explanation.
 * Full-width characters typed with a Japanese input method (`－１．５`) read as their ASCII forms.
 */
export function parseCellText(text: string, dtype: DType): CellValue {
  const s = text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
  if (s === '') {
    return { ok: false, message: said(dtype === 'bool' ? 'entry.emptyBool' : 'entry.empty') };
  }
  const x = parseLiteral(s);
  if (x === null) {
    if (dtype === 'int64')
      return { ok: false, message: { numpy: `invalid literal for int() with base 10: '${s}'` } };
    if (dtype === 'bool') return { ok: false, message: said('entry.boolNotLiteral', { text: s }) };
    return { ok: false, message: { numpy: `could not convert string to float: '${s}'` } };
  }
  return castChecked(x, dtype, s);
}

function numText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return String(x);
}
