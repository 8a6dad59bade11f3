import { describe, expect, it } from 'vitest';
import {
  codeOfNumpyWarning,
  numpyTextOf,
  warning,
  WARNING_TABLE,
  type EngineWarning,
} from '../../src/engine';
import { warn } from '../../src/engine/warnings';

describe('the warning table', () => {
  it('each NumPy RuntimeWarning text belongs to exactly one code, and maps back to it', () => {
    const texts = Object.values(WARNING_TABLE)
      .map((e) => ('numpy' in e ? e.numpy : undefined))
      .filter((t): t is string => t !== undefined);
    expect(new Set(texts).size).toBe(texts.length);
    for (const t of texts) expect(numpyTextOf(codeOfNumpyWarning(t) ?? '')).toBe(t);
    expect(codeOfNumpyWarning('overflow encountered in exp')).toBe('numpy-overflow-exp');
    expect(codeOfNumpyWarning('no such warning')).toBeUndefined();
  });
  it('warning(code, params) fills the message in plain English', () => {
    const w = warning('softmax-t-shape-mismatch', { t: [1, 2], y: [2, 2], rows: 2, picked: 2, divisor: 1 });
    expect(w.code).toBe('softmax-t-shape-mismatch');
    expect(w.message).toMatch(/t has shape \(1, 2\) but y has shape \(2, 2\)/);
    expect(w.message).toMatch(/one-hot t of shape \(2, 2\) or labels of shape \(2,\)/);
    expect(warning('dout-is-x', { layer: 'relu' }).message).toMatch(/zeroes x itself/);
  });
  it('every message is a non-empty sentence', () => {
    for (const [code, entry] of Object.entries(WARNING_TABLE)) {
      const text = (entry.text as (p: unknown) => string)({
        name: 'x',
        op: '+',
        count: 2,
        mask: [2],
        dout: [2, 2],
        dtype: 'int64',
        layer: 'sigmoid',
        n: 2,
        w: [2],
        out: [2],
        b: [2],
        t: [2],
        y: [2, 2],
        rows: 2,
        picked: 2,
        divisor: 1,
        ndim: 3,
      });
      expect(text.length, code).toBeGreaterThan(20);
      expect(text).not.toMatch(/\bundefined\b(?! operation)|NaN|\[object/);
    }
  });
  it('warn adds each code once', () => {
    const sink: EngineWarning[] = [];
    warn(sink, 'label-negative');
    warn(sink, 'label-negative');
    expect(sink).toHaveLength(1);
  });
});
