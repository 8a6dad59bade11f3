/** The element words of a NumPy printout, in order: brackets, padding and the `...` of a summary dropped. */
export const printedWords = (printed: string): string[] =>
  printed
    .replace(/[[\]]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '...');
