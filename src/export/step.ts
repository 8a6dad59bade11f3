import type { Derived } from '../store/selectors/outputs';

/** A page output held by a Python variable: its `data-matrix` name and what the page derived for it. */
export interface Shown {
  readonly name: string;
  readonly variable: string;
  readonly result: Derived<unknown>;
}

const indent = (code: string) =>
  code
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/**
 * Python for one step that assigns `outputs`. Where the page computed them, `code` as it is. Where the
 * page shows an error carried over from one of `deps`, the outputs hold that same exception. Where the
 * step itself fails on the page, `code` runs in a try that catches that exception class into the
 * outputs, so the script goes on to print the rest, as the page goes on to show it.
 */
export function stepCode(code: string, outputs: readonly Shown[], deps: readonly Shown[] = []): string {
  const error = outputs[0].result.error;
  // Past one of the page's output caps, NumPy still computes it: the script runs the step as it is.
  if (error === null || outputs[0].result.limit) return code;
  const targets = outputs.map((o) => o.variable).join(' = ');
  const from = deps.find((d) => d.result.error === error);
  if (from) return `${targets} = ${from.variable}  # stopped by the same error as ${from.variable}`;
  const kind = error.slice(0, error.indexOf(':'));
  return `try:\n${indent(code)}\nexcept ${kind} as error:  # NumPy refuses, as the page shows\n    ${targets} = error`;
}

/**
 * Python that prints each output as the page shows it, in the page's order: a `# name` line, then
 * NumPy's str() of the value, or the error (`ValueError: ...`) where the page shows one (NumPy's, not an
 * output cap of the page's, which NumPy does not have).
 */
export function showCode(shown: readonly Shown[]): string {
  return shown
    .map(({ name, variable, result }) => {
      const value =
        result.error === null || result.limit
          ? `print(${variable})`
          : `print(f'{type(${variable}).__name__}: {${variable}}')`;
      return `print('# ${name}')\n${value}`;
    })
    .join('\n');
}
