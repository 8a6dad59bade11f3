import { AFFINE_PITFALLS } from './pitfalls/affine';
import { GENERAL_PITFALLS } from './pitfalls/general';
import { NUMPY_RUNTIME_PITFALLS } from './pitfalls/numpyRuntime';
import type { Pitfall } from './pitfalls/pitfall';
import { RELU_PITFALLS } from './pitfalls/relu';
import { SOFTMAX_PITFALLS } from './pitfalls/softmax';

/** Every warning code's plain-words explanation, keyed by the engine's stable codes. */
export const PITFALLS: Readonly<Record<string, Pitfall>> = {
  ...NUMPY_RUNTIME_PITFALLS,
  ...GENERAL_PITFALLS,
  ...RELU_PITFALLS,
  ...AFFINE_PITFALLS,
  ...SOFTMAX_PITFALLS,
};
