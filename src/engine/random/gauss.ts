import { correctlyRoundedLog } from './log';
import { nextDouble, type Mt19937 } from './mt19937';

/**
 * One standard normal deviate by NumPy's legacy polar Box–Muller (`legacy_gauss`): each accepted
 * pair yields two deviates, the second cached in the state for the next call.
 */
export function legacyGauss(state: Mt19937): number {
  if (state.hasGauss) {
    const cached = state.gauss;
    state.hasGauss = false;
    state.gauss = 0;
    return cached;
  }
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2 * nextDouble(state) - 1;
    x2 = 2 * nextDouble(state) - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  const f = Math.sqrt((-2 * correctlyRoundedLog(r2)) / r2);
  state.gauss = f * x1;
  state.hasGauss = true;
  return f * x2;
}
