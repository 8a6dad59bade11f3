/**
 * NumPy 2's default print options, the only ones the notebook uses (`np.get_printoptions()` untouched):
 * precision 8, floatmode 'maxprec', linewidth 75, threshold 1000, edgeitems 3, suppress False, sign '-'.
 */
export const PRINT_OPTIONS = Object.freeze({
  /** Most fractional (or, in scientific notation, mantissa) digits a float element shows. */
  precision: 8,
  /** Widest line NumPy aims for, counting the closing `)` of a repr. */
  lineWidth: 75,
  /** Arrays with more elements than this are summarised with `...`. */
  threshold: 1000,
  /** Items kept at each end of a summarised axis. */
  edgeItems: 3,
});
