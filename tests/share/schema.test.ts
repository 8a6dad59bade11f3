import { describe, expect, it } from 'vitest';
import { validatePayload } from '../../src/share/schema';
import { reluPayload } from './fragments';

type Tamper = (p: ReturnType<typeof reluPayload>, x: Record<string, unknown>) => void;

/** Validates the ReLU payload after `tamper` changed it (x is its matrix `x`). */
function validate(tamper: Tamper): string {
  const p = reluPayload();
  const x = (p.inputs.relu as { matrices: { x: Record<string, unknown> } }).matrices.x;
  tamper(p, x);
  const r = validatePayload(p);
  return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
}

describe('validatePayload', () => {
  it('accepts a complete cell, tagged non-finite floats, and an empty or 0-d matrix', () => {
    expect(validate(() => {})).toBe('ok');
    expect(validate((_, x) => (x.data = ['nan', 'inf', '-inf', '-0']))).toBe('ok');
    expect(validate((_, x) => ((x.shape = [0, 3]), (x.data = [])))).toBe('ok');
    expect(validate((_, x) => ((x.shape = []), (x.data = [2.5])))).toBe('ok');
  });
  it('rejects extra keys anywhere, saying where', () => {
    expect(validate((p) => Object.assign(p, { run: 'alert(1)' }))).toBe(
      'invalid: run: this key has no place in a snapshot',
    );
    expect(validate((_, x) => (x.note = 'hi'))).toMatch(/^invalid: inputs\.relu\.matrices\.x/);
  });
  it('rejects unknown cells, dtypes, dout sources and out-of-range seeds', () => {
    expect(validate((p) => (p.cell = 'conv2d'))).toMatch(/^invalid: cell/);
    expect(validate((p) => (p.inputs.conv = p.inputs.relu))).toMatch(/^invalid: inputs/);
    expect(validate((_, x) => (x.dtype = 'complex128'))).toMatch(
      /^invalid: inputs\.relu\.matrices\.x\.dtype/,
    );
    expect(validate((p) => ((p.inputs.relu as { dout: string }).dout = 'eval'))).toMatch(/dout/);
    expect(validate((p) => ((p.inputs.relu as { seed: number }).seed = 2 ** 32))).toMatch(/seed/);
    expect(validate((p) => ((p.inputs.relu as { seed: number }).seed = 1.5))).toMatch(/seed/);
  });
  it('accepts only the four tags as non-number values, and no tags at all outside float64', () => {
    expect(validate((_, x) => (x.data = ['NaN', 1, 2, 3]))).toMatch(
      /^invalid: inputs\.relu\.matrices\.x\.data\.0/,
    );
    expect(validate((_, x) => (x.data = [null, 1, 2, 3]))).toMatch(/^invalid/);
    expect(validate((_, x) => ((x.dtype = 'int64'), (x.data = ['nan', 1, 2, 3])))).toMatch(/whole numbers/);
    expect(validate((_, x) => ((x.dtype = 'int64'), (x.data = [0.5, 1, 2, 3])))).toMatch(/whole numbers/);
    expect(validate((_, x) => ((x.dtype = 'int64'), (x.data = [2 ** 60, 1, 2, 3])))).toMatch(/whole numbers/);
    expect(validate((_, x) => ((x.dtype = 'bool'), (x.data = [2, 1, 0, 1])))).toMatch(/0 or 1/);
  });
  it('rejects data that does not fill the shape', () => {
    expect(validate((_, x) => (x.data = [1, 2, 3]))).toBe(
      'invalid: inputs.relu.matrices.x: data has 3 values but shape (2, 2) needs 4',
    );
  });
  it('calls shapes past the caps shape-too-large: a dimension over 4096, over 4 dims, over 65,536 elements', () => {
    expect(validate((_, x) => (x.shape = [1e9]))).toMatch(
      /^shape-too-large: inputs\.relu\.matrices\.x\.shape\.0/,
    );
    expect(validate((_, x) => (x.shape = [1, 1, 1, 1, 4]))).toMatch(/^shape-too-large/);
    expect(validate((_, x) => (x.shape = [512, 512]))).toBe(
      'shape-too-large: inputs.relu.matrices.x: shape (512, 512) has 262144 elements, more than 65536',
    );
    expect(validate((_, x) => (x.shape = [-1, 2]))).toMatch(/^invalid/);
    expect(validate((_, x) => (x.shape = [2.5, 2]))).toMatch(/^invalid/);
  });
  it('allows at most 16 matrices per cell, named as identifiers', () => {
    const many = (n: number) => (p: ReturnType<typeof reluPayload>) => {
      const m = { shape: [], dtype: 'float64', data: [1] };
      (p.inputs.relu as { matrices: unknown }).matrices = Object.fromEntries(
        Array.from({ length: n }, (_, i) => [`m${i}`, m]),
      );
    };
    expect(validate(many(16))).toBe('ok');
    expect(validate(many(17))).toMatch(/^invalid/);
    const named = (name: string) => (p: ReturnType<typeof reluPayload>) => {
      (p.inputs.relu as { matrices: unknown }).matrices = {
        [name]: { shape: [], dtype: 'float64', data: [1] },
      };
    };
    expect(validate(named('<b>x</b>'))).toMatch(/^invalid: inputs\.relu\.matrices/);
  });
});
