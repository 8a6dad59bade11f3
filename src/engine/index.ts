/**
 * The engine's only public door. Everything the app, the store and the tests use from the engine is
 * re-exported here; nothing in src/engine imports React, zustand, Plotly or the DOM.
 */
export type { DType, Tensor } from './tensor';
export { tensor, full, sizeOf, shapeText } from './tensor';
export type { EngineWarning, NumpyErrorKind } from './errors';
export { NumpyError, ParseError } from './errors';
export type { Nested } from './array';
export { array, toNested, astype } from './array';
export { formatNumpy, reprNumpy } from './format/format';
export { formatScalar } from './format/scalarFormat';
