/**
 * The engine's only public door. Everything the app, the store and the tests use from the engine is
 * re-exported here; nothing in src/engine imports React, zustand, Plotly or the DOM.
 */
export type { DType, Tensor } from './tensor';
export { tensor, full, sizeOf, shapeText, setFreezing, isFreezing } from './tensor';
export type { EngineWarning, NumpyErrorKind } from './errors';
export { NumpyError, ParseError } from './errors';
export type { BudgetLimits, CostCode, CostParams } from './budget';
export { CostError, withBudget } from './budget';
export type { Nested } from './array';
export { array, toNested, astype } from './array';
export type { PrintedElements } from './format/format';
export { formatNumpy, reprNumpy, printedElements } from './format/format';
export { formatScalar } from './format/scalarFormat';
export { parseNumpy } from './parse/parseNumpy';
export type {
  Address,
  Expected,
  Noun,
  ParseCode,
  ParseIssue,
  ParseIssueParams,
  Place,
  TokenText,
} from './parse/issues';
export { hasFullWidth, toHalfWidth } from './parse/fullWidth';
export { PARSE_LIMITS } from './parse/tree';
export type { RandomState, Seed } from './random/randomState';
export type { Size } from './random/size';
export { createRandomState } from './random/randomState';
export type { Operand, PyScalar } from './ops/operand';
export { pyBool, pyFloat, pyInt } from './ops/operand';
export { add, sub, mul, div } from './ops/broadcast';
export { dot } from './ops/dot';
export { sum } from './ops/sum';
export { max } from './ops/max';
export { argmax } from './ops/argmax';
export { exp, log, neg } from './ops/unary';
export { reshape } from './ops/reshape';
export { transpose } from './ops/transpose';
export { lessEqual, less, greater, greaterEqual, equal } from './ops/compare';
export { where } from './ops/where';
export { arange } from './ops/arange';
export { take } from './ops/take';
export { setAt } from './ops/setAt';
export { pairwiseSum } from './ops/pairwise';
export { broadcastShapes } from './ops/shapes';
export type { WarningCode, WarningSink } from './warnings';
export { WARNING_TABLE, warning, codeOfNumpyWarning, numpyTextOf } from './warnings';
export type { ReluForward, ReluBackward } from './layers/relu';
export { relu } from './layers/relu';
export type { SigmoidForward, SigmoidBackward } from './layers/sigmoid';
export { sigmoid } from './layers/sigmoid';
export type { AffineForward, AffineBackward } from './layers/affine';
export { affine } from './layers/affine';
export type { SoftmaxWithLossForward, SoftmaxWithLossBackward } from './layers/softmaxWithLoss';
export { softmaxWithLoss } from './layers/softmaxWithLoss';
export type { TwoLayerParams, TwoLayerGrads, InitOptions as TwoLayerInitOptions } from './net/params';
export { twoLayerNet } from './net/twoLayerNet';
