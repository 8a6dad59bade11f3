import { describe, expect, it } from 'vitest';
import { array, pyBool, pyFloat, pyInt } from '../../../src/engine';
import { asOperand, dtypeOf, promote } from '../../../src/engine/ops/operand';

describe('operands and promotion', () => {
  it('a bare number is a Python float; pyInt, pyFloat and pyBool name the literal’s kind', () => {
    expect(asOperand(1)).toEqual({ kind: 'float', value: 1 });
    expect(dtypeOf(pyInt(1))).toBe('int64');
    expect(dtypeOf(pyFloat(1))).toBe('float64');
    expect(dtypeOf(pyBool(true))).toBe('bool');
  });
  it('promote follows NumPy 2: bool < int64 < float64, with weak Python scalars', () => {
    expect(promote(array([1]), array([1.5]))).toBe('float64');
    expect(promote(array([true]), array([1]))).toBe('int64');
    expect(promote(array([1]), pyInt(1))).toBe('int64');
    expect(promote(array([true]), pyInt(1))).toBe('int64');
    expect(promote(array([1]), pyFloat(1))).toBe('float64');
    expect(promote(array([1.5]), pyBool(true))).toBe('float64');
  });
});
