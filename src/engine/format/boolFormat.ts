/**
 * bool elements as NumPy prints them: ` True` is padded to the width of `False` so columns line up,
 * except in a 0-d array, which prints a bare `True`.
 */
export function formatBools(values: readonly number[], zeroD: boolean): string[] {
  const trueText = zeroD ? 'True' : ' True';
  return values.map((v) => (v !== 0 ? trueText : 'False'));
}
