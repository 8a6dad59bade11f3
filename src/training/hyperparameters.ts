/** The book's training setup (train_neural_net.py), each value editable in the panel. */
export interface Hyperparameters {
  /** Hidden layer width (the book: 50). */
  readonly hiddenSize: number;
  /** Standard deviation of the Gaussian initial weights (the book: 0.01). */
  readonly weightInitStd: number;
  /** SGD step size (the book: 0.1). */
  readonly learningRate: number;
  /** Mini-batch size (the book: 100). */
  readonly batchSize: number;
  /** Number of SGD steps (the book: 10000). */
  readonly iterations: number;
  /** `np.random.seed` before the net is built; initial weights and batches both come from it. */
  readonly seed: number;
}

/** The book's defaults (784-50-10, std 0.01, lr 0.1, batch 100, 10,000 steps), seeded with 0. */
export const DEFAULT_HYPERPARAMETERS: Hyperparameters = {
  hiddenSize: 50,
  weightInitStd: 0.01,
  learningRate: 0.1,
  batchSize: 100,
  iterations: 10000,
  seed: 0,
};

/** One field's allowed values and whether it must be a whole number. */
interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** True when 0 itself is not allowed (the range is (0, max]). */
  readonly positive?: boolean;
}

/** What each hyperparameter may be: wide enough to explore, small enough to stay responsive. */
export const HYPERPARAMETER_BOUNDS: Record<keyof Hyperparameters, Bounds> = {
  hiddenSize: { min: 1, max: 1000, integer: true },
  weightInitStd: { min: 0, max: 10, integer: false, positive: true },
  learningRate: { min: 0, max: 100, integer: false, positive: true },
  batchSize: { min: 1, max: 8000, integer: true },
  iterations: { min: 1, max: 100000, integer: true },
  seed: { min: 0, max: 0xffffffff, integer: true },
};

/** A problem with one field, in both of the app's languages. */
export interface FieldError {
  readonly ja: string;
  readonly en: string;
}

/** The fields of `h` that are out of bounds (empty when all are fine). */
export function hyperparameterErrors(h: Hyperparameters): Partial<Record<keyof Hyperparameters, FieldError>> {
  const errors: Partial<Record<keyof Hyperparameters, FieldError>> = {};
  for (const key of Object.keys(HYPERPARAMETER_BOUNDS) as (keyof Hyperparameters)[]) {
    const b = HYPERPARAMETER_BOUNDS[key];
    const v = h[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      errors[key] = { ja: '数値を入力してください', en: 'enter a number' };
    } else if (b.integer && !Number.isInteger(v)) {
      errors[key] = { ja: '整数を入力してください', en: 'must be a whole number' };
    } else if (b.positive ? v <= b.min || v > b.max : v < b.min || v > b.max) {
      const range = b.positive ? `(${b.min}, ${b.max}]` : `[${b.min}, ${b.max}]`;
      errors[key] = { ja: `範囲 ${range} の値にしてください`, en: `must be in ${range}` };
    }
  }
  return errors;
}
