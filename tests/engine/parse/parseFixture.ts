import fixture from '../../fixtures/parse.json';

/** A value as the fixture writes it: special floats as strings, bools as booleans. */
export type Encoded = number | boolean | string;

export interface Expected {
  shape: number[];
  dtype: 'float64' | 'int64' | 'bool';
  data: Encoded[];
}

export interface ParseFixture {
  numpy: string;
  cases: { name: string; forms: { form: 'str' | 'repr' | 'list'; text: string; expected: Expected }[] }[];
  seed: { text: string; expected: Expected }[];
  bad: { text: string; line: number; column: number; message: string }[];
}

/** tests/fixtures/parse.json, written by scripts/fixtures/gen_parse.py from NumPy. */
export const parseFixture = fixture as ParseFixture;

const SPECIAL: Record<string, number> = { nan: NaN, inf: Infinity, '-inf': -Infinity, '-0.0': -0 };

/** The expected flat data as the engine stores it: numbers, bools as 0/1. */
export function decode(data: readonly Encoded[]): number[] {
  return data.map((v) => (typeof v === 'string' ? SPECIAL[v] : typeof v === 'boolean' ? Number(v) : v));
}
