import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNumpy,
  parseNumpy,
  ParseError,
  reprNumpy,
  tensor,
  type DType,
  type Tensor,
} from '../../../src/engine';

const floatValue = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 0.1, 5e-324, 1e300),
);
const intValue = fc.maxSafeInteger().map((x) => x + 0);
const boolValue = fc.constantFrom(0, 1);

/** A random tensor of up to 4 dimensions, each 0–4 long, of any dtype. */
const tensorArb: fc.Arbitrary<Tensor> = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
    fc.constantFrom<DType>('float64', 'int64', 'bool'),
  )
  .chain(([shape, dtype]) => {
    const size = shape.reduce((n, d) => n * d, 1);
    const value = dtype === 'float64' ? floatValue : dtype === 'int64' ? intValue : boolValue;
    return fc
      .array(value, { minLength: size, maxLength: size })
      .map((data) => tensor(shape, dtype, Float64Array.from(data)));
  });

/** How a hand-typed list may vary: separators, spacing and spelling of bools. */
interface Style {
  separator: string;
  trailingComma: boolean;
  inner: string;
  truth: readonly string[];
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  separator: fc.constantFrom(', ', ',', ' ,', ',\n ', ' ', '\t', ',  '),
  trailingComma: fc.boolean(),
  inner: fc.constantFrom('', ' ', '\n'),
  truth: fc.constantFrom(['True', 'False'], ['true', 'false']),
});

/** One value written as Python would: floats always look like floats (`1.0`, `nan`, `-0.0`). */
function literal(v: number, dtype: DType, truth: readonly string[]): string {
  if (dtype === 'bool') return v ? truth[0] : truth[1];
  if (dtype === 'int64') return String(v);
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

/** `t` as a nested Python/JS list literal in the given style. */
function listText(t: Tensor, style: Style): string {
  let k = 0;
  const build = (depth: number): string => {
    if (depth === t.ndim) return literal(t.data[k++], t.dtype, style.truth);
    const parts: string[] = [];
    for (let i = 0; i < t.shape[depth]; i++) parts.push(build(depth + 1));
    const trailing = style.trailingComma && parts.length > 0 ? ',' : '';
    return `[${style.inner}${parts.join(style.separator)}${trailing}${style.inner}]`;
  };
  return build(0);
}

/** The numbers a printout shows, read one token at a time as Python's float()/int() would. */
function printedValues(text: string): number[] {
  const words = text.replace(/^array\(|, dtype=\w+\)$|, shape=\([\d, ]*\)/g, '').match(/[^\s[\](),]+/g) ?? [];
  const special: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, True: 1, False: 0 };
  return words.map((w) => (w in special ? special[w] : Number(w)));
}

describe('parseNumpy properties', () => {
  it('parseNumpy(list literal of t) gives back t: values, shape and dtype', () => {
    fc.assert(
      fc.property(tensorArb, styleArb, (t, style) => {
        const parsed = parseNumpy(listText(t, style));
        // A list literal cannot tell an empty int array from an empty float one: np.array says float64.
        expect(parsed.dtype).toBe(t.size === 0 ? 'float64' : t.dtype);
        // Nor can it show the dimensions after a 0: [] is shape (0,) whatever t's shape was.
        const zero = t.shape.indexOf(0);
        expect(parsed.shape).toEqual(zero < 0 ? t.shape : t.shape.slice(0, zero + 1));
        expect(Array.from(parsed.data)).toEqual(Array.from(t.data));
      }),
      { numRuns: 300 },
    );
  });

  it('parseNumpy(list literal, dtype) equals parseNumpy(list literal) cast to dtype', () => {
    fc.assert(
      fc.property(tensorArb, styleArb, fc.constantFrom<DType>('float64', 'bool'), (t, style, dtype) => {
        const parsed = parseNumpy(listText(t, style), dtype);
        expect(parsed.dtype).toBe(dtype);
        const expected = Array.from(t.data, (v) => (dtype === 'bool' ? Number(v !== 0) : v));
        expect(Array.from(parsed.data)).toEqual(expected);
      }),
    );
  });

  it('parseNumpy never throws anything but ParseError on arbitrary text', () => {
    const pieces = fc.constantFrom(
      ...'[]()[],,.-+e1 0 9 nan inf True False np.array( dtype= int64 float32 ... \n \t \r >>> range( x= \' " # ; : { _'.split(
        ' ',
      ),
    );
    const texts = fc.oneof(
      fc.string({ unit: pieces, maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        try {
          const t = parseNumpy(text);
          expect(t.data.length).toBe(t.size);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
          const { line, column } = e as ParseError;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseNumpy reads formatNumpy and reprNumpy back', () => {
  it('parseNumpy(formatNumpy(t)) gives the printed values, t’s shape and t’s dtype', () => {
    fc.assert(
      fc.property(tensorArb, (t) => {
        const text = formatNumpy(t);
        const parsed = parseNumpy(text);
        // str() of any empty array is `[]`, which NumPy itself reads back as float64 of shape (0,).
        expect(parsed.shape).toEqual(t.size === 0 && t.ndim > 0 ? [0] : t.shape);
        expect(parsed.dtype).toBe(t.size === 0 && t.ndim > 0 ? 'float64' : t.dtype);
        expect(Array.from(parsed.data)).toEqual(printedValues(text));
      }),
      { numRuns: 300 },
    );
  });

  it('formatNumpy rounds floats to 8 digits, so parsed positional floats are within 5e-9 of t', () => {
    const positional = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.array(positional, { minLength: 1, maxLength: 6 }), (values) => {
        const t = tensor([values.length], 'float64', Float64Array.from(values));
        const text = formatNumpy(t);
        if (text.includes('e')) return; // scientific notation: checked exactly above, token by token
        const parsed = parseNumpy(text);
        parsed.data.forEach((v, i) =>
          expect(Math.abs(v - values[i])).toBeLessThanOrEqual(5e-9 * Math.max(1, Math.abs(values[i]))),
        );
      }),
    );
  });

  it('parseNumpy(reprNumpy(t)) gives the printed values and exactly t’s shape and dtype', () => {
    fc.assert(
      fc.property(tensorArb, (t) => {
        const text = reprNumpy(t);
        const parsed = parseNumpy(text);
        expect(parsed.shape).toEqual(t.shape);
        expect(parsed.dtype).toBe(t.dtype);
        expect(Array.from(parsed.data)).toEqual(printedValues(text));
      }),
      { numRuns: 300 },
    );
  });
});
