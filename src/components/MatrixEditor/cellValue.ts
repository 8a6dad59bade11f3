import type { DType } from '../../engine';

/** A value for one element, or the reason it cannot go into an array of that dtype. */
export type CellValue =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

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
 * explains what NumPy would do otherwise (truncate, refuse, or turn it into True).
 */
export function castChecked(x: number, dtype: DType): CellValue {
  if (dtype === 'float64') return { ok: true, value: x };
  if (dtype === 'bool') {
    if (x === 0 || x === 1) return { ok: true, value: x };
    return {
      ok: false,
      message: `bool matrix: ${numText(x)} would become ${x === 0 ? 'False' : 'True'}; type True or False, or switch dtype`,
    };
  }
  if (Number.isNaN(x)) {
    return {
      ok: false,
      message: 'int64 matrix: cannot convert float NaN to integer; switch dtype to float64',
    };
  }
  if (!Number.isFinite(x)) {
    return {
      ok: false,
      message: 'int64 matrix: cannot convert float infinity to integer; switch dtype to float64',
    };
  }
  if (!Number.isInteger(x)) {
    return {
      ok: false,
      message: `int64 matrix: ${numText(x)} would be truncated to ${Math.trunc(x) + 0}; switch dtype to float64`,
    };
  }
  if (!Number.isSafeInteger(x)) {
    return {
      ok: false,
      message: `int64 matrix: ${numText(x)} is beyond ±${Number.MAX_SAFE_INTEGER}, the largest integer held exactly here`,
    };
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
    return {
      ok: false,
      message: dtype === 'bool' ? 'empty entry: type True or False' : 'empty entry: type a number',
    };
  }
  const x = parseLiteral(s);
  if (x === null) {
    if (dtype === 'int64') return { ok: false, message: `invalid literal for int() with base 10: '${s}'` };
    if (dtype === 'bool') return { ok: false, message: `bool matrix: type True or False, not '${s}'` };
    return { ok: false, message: `could not convert string to float: '${s}'` };
  }
  return castChecked(x, dtype);
}

function numText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return String(x);
}
