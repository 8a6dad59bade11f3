import { describe, expect, it } from 'vitest';
import { showCode, stepCode, type Shown } from '../../src/export/step';

const ok = (name: string, variable = name): Shown => ({ name, variable, result: { value: 1, error: null } });
const failed = (name: string, error: string, variable = name): Shown => ({
  name,
  variable,
  result: { value: null, error },
});

describe('stepCode', () => {
  it('is the code itself where the page computed the step', () => {
    expect(stepCode('out = f(x)', [ok('out')])).toBe('out = f(x)');
  });

  it("catches the page's exception class into every output where the step itself fails", () => {
    expect(
      stepCode('out = f(x)\nmask = g()', [
        failed('out', 'ValueError: bad'),
        failed('mask', 'ValueError: bad'),
      ]),
    ).toBe(
      'try:\n    out = f(x)\n    mask = g()\nexcept ValueError as error:  # NumPy refuses, as the page shows\n    out = mask = error',
    );
  });

  it('hands on the exception of the dependency that stopped it, as the page carries that error over', () => {
    const out = failed('out', 'ValueError: shapes differ', 'Y');
    expect(
      stepCode('dY = np.ones_like(Y)', [failed('dout', 'ValueError: shapes differ', 'dY')], [ok('x'), out]),
    ).toBe('dY = Y  # stopped by the same error as Y');
  });

  it('runs the step with its own try when its error is not a dependency’s', () => {
    const code = stepCode('dx = b()', [failed('dx', 'IndexError: no')], [failed('out', 'ValueError: other')]);
    expect(code).toMatch(/^try:\n {4}dx = b\(\)\nexcept IndexError as error:/);
  });
});

describe('showCode', () => {
  it('prints a marker line, then the value, or the exception as the page words it', () => {
    expect(showCode([ok('out', 'Y'), failed('dx', 'ValueError: no', 'dX')])).toBe(
      "print('# out')\nprint(Y)\nprint('# dx')\nprint(f'{type(dX).__name__}: {dX}')",
    );
  });
});
