import { CELLS } from '../notebook/cells';
import type { CellId } from '../notebook/cellIds';
import type { CellInputs } from '../store/types';
import { cellProgram } from './cellProgram';
import { seedClass } from './seedClass';
import { showCode } from './step';

/**
 * A self-contained Python script for one cell: NumPy, the seed's class verbatim, the cell's current
 * inputs as exact literals, and the page's computation. Run, it prints each output the page shows, in
 * the page's order, each after a `# name` line and exactly as its `data-numpy` text (or, where the page
 * shows an error, as `ValueError: ...`, the page's own words).
 */
export function pythonScript(cell: CellId, inputs: CellInputs): string {
  const def = CELLS[cell];
  const program = cellProgram(cell, inputs);
  return [
    `# ${def.title.en} (${def.title.ja}), exported from Layer Explorer with the page's current inputs.`,
    '# Run it with NumPy: after each "# name" line it prints that output exactly as the page shows it.',
    'import numpy as np',
    '',
    '',
    seedClass(cell).source,
    '',
    '',
    '# The inputs, exactly as on the page.',
    program.inputs,
    '',
    program.compute,
    '',
    '# What the page shows, in its order.',
    showCode(program.shown),
    '',
  ].join('\n');
}
