import type { BudgetLimits } from '../../engine';

/**
 * What one output of a cell may cost before the page refuses to compute it (each derived output runs
 * inside its own budget: `attempt` in outputs.ts). Inputs are capped at 65,536 elements each
 * (src/share/limits.ts), but outputs can be far larger than their inputs: x (4096, 1) · W (1, 4096) is
 * 16,777,216 elements (128 MB) made from 8,192, and a broadcast or a label array used as an index
 * multiplies shapes the same way. These caps sit well past anything the notebook's lessons use (the
 * seed's arrays are 2×3; the benchmark's 64×64 dot is 262,144 multiply-adds and 4,096 elements), so a
 * learner only meets them with arrays no chapter-5 exercise needs.
 */
export const OUTPUT_LIMITS: BudgetLimits = {
  /**
   * Elements of any one array an output makes: 262,144 (2 MiB of float64), four times the input cap, so
   * 512 × 512 results still compute; the 4096 × 4096 of the link above does not.
   */
  maxElements: 262_144,
  /**
   * Multiply-adds (dot, Affine) and elements made by broadcasting and indexing, summed over everything
   * one output runs: 2**26 = 67,108,864, about a tenth of a second in the browser. A (256, 256) ·
   * (256, 256) dot is 16,777,216; the gradient check, which runs the net's loss twice per parameter (54
   * times for its 27), stays under it up to about 16,000 samples of x.
   */
  maxWork: 67_108_864,
};
