import { intText } from './scalarFormat';

/** int64 elements as NumPy prints them in an array: right-aligned to the widest one. */
export function formatInts(values: readonly number[]): string[] {
  const texts = values.map(intText);
  let width = 0;
  for (const t of texts) if (t.length > width) width = t.length;
  return texts.map((t) => t.padStart(width));
}
