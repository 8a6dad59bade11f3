/**
 * What one computation may cost, checked before the work is done. NumPy itself has no such cap (past the
 * machine's memory it raises MemoryError); the notebook's cells set one around each output they derive
 * (`withBudget`), so that a crafted link or a paste cannot freeze or exhaust the page. Outside a budget
 * (the training worker, the engine's own tests) nothing is checked.
 */

/** The caps of one budget: elements of any one array made, and multiply-adds (or element steps) in all. */
export interface BudgetLimits {
  /** Elements of the largest array one operation may make. */
  readonly maxElements: number;
  /** Multiply-adds and element steps, summed over every operation run inside the budget. */
  readonly maxWork: number;
}

/** Which cap an operation would have passed. */
export type CostCode = 'output-too-large' | 'work-too-large';

/** What a cost refusal says, as data (the page words it): the operation, what it needed and the cap. */
export interface CostParams {
  /** The engine operation, e.g. `np.dot`, `affine.forward`. */
  readonly op: string;
  /** Elements the array would have (output-too-large) or the work in all (work-too-large). */
  readonly needed: number;
  readonly limit: number;
  /** The array's shape, for output-too-large. */
  readonly shape?: readonly number[];
}

/** Raised before an operation inside a budget would pass one of its caps; nothing has been allocated. */
export class CostError extends Error {
  readonly code: CostCode;
  readonly params: CostParams;
  constructor(code: CostCode, params: CostParams) {
    super(
      code === 'output-too-large'
        ? `${params.op} would make an array of ${params.needed} elements, more than ${params.limit}`
        : `this output needs ${params.needed} steps of work, more than ${params.limit}`,
    );
    this.name = 'CostError';
    this.code = code;
    this.params = params;
  }
}

interface Running {
  readonly limits: BudgetLimits;
  spent: number;
}

let current: Running | null = null;

/** Runs `step` with `limits` in force (a fresh count of work); the previous budget, if any, comes back after. */
export function withBudget<T>(limits: BudgetLimits, step: () => T): T {
  const outer = current;
  current = { limits, spent: 0 };
  try {
    return step();
  } finally {
    current = outer;
  }
}

/**
 * Counts an operation about to make an array of `shape` with `work` steps (its element count when not
 * given), and refuses it (CostError) when the array or the total work would pass the budget's caps.
 */
export function charge(op: string, shape: readonly number[], work?: number): void {
  if (current === null) return;
  let elements = 1;
  for (const d of shape) elements *= d;
  const { maxElements, maxWork } = current.limits;
  if (elements > maxElements) {
    throw new CostError('output-too-large', { op, needed: elements, limit: maxElements, shape: [...shape] });
  }
  const spent = current.spent + (work ?? elements);
  if (spent > maxWork) throw new CostError('work-too-large', { op, needed: spent, limit: maxWork });
  current.spent = spent;
}
