import { readFileSync } from 'node:fs';

/** One edit typed into a matrix's text mode, and what the cell must show after it. */
export interface EditStep {
  readonly cell: string;
  readonly name: string;
  readonly text: string;
  /** data-numpy of every matrix of the cell that can be computed. */
  readonly numpy: Readonly<Record<string, string>>;
  /** NumPy's message for every output that cannot be computed (its data-numpy is ''). */
  readonly errors: Readonly<Record<string, string>>;
}

/** tests/fixtures/e2e.json, written by scripts/fixtures/gen_e2e.py from the seed's own classes. */
export interface E2eFixture {
  readonly seed: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly steps: readonly EditStep[];
}

/** Loads the end-to-end fixture. */
export function loadE2eFixture(): E2eFixture {
  return JSON.parse(readFileSync(new URL('../../fixtures/e2e.json', import.meta.url), 'utf8')) as E2eFixture;
}
