import { formulasOf } from '../formulas/formulas';
import type { CommentaryNote } from '../notebook/cellDefinition';
import { CELLS } from '../notebook/cells';
import { CELL_IDS, type CellId } from '../notebook/cellIds';
import type { NotebookInputs } from '../store/types';
import { cellProgram, isExportable } from './cellProgram';
import { seedClass } from './seedClass';
import { showCode } from './step';

/** The file name the notebook downloads as. */
export const NOTEBOOK_FILE_NAME = 'layer-explorer.ipynb';

/** A markdown cell of nbformat 4.5. */
interface MarkdownCell {
  readonly id: string;
  readonly cell_type: 'markdown';
  readonly metadata: Record<string, never>;
  readonly source: readonly string[];
}

/** A code cell of nbformat 4.5, not yet run. */
interface CodeCell {
  readonly id: string;
  readonly cell_type: 'code';
  readonly metadata: Record<string, never>;
  readonly source: readonly string[];
  readonly outputs: readonly never[];
  readonly execution_count: null;
}

/** A Jupyter notebook (nbformat 4.5) as JSON data. */
export interface Notebook {
  readonly cells: readonly (MarkdownCell | CodeCell)[];
  readonly metadata: {
    readonly kernelspec: { readonly display_name: string; readonly language: string; readonly name: string };
    readonly language_info: { readonly name: string };
  };
  readonly nbformat: 4;
  readonly nbformat_minor: 5;
}

/** Text as Jupyter stores it: a list of lines, each but the last ending in a newline. */
function lines(text: string): string[] {
  return text.split('\n').map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
}

const markdown = (id: string, text: string): MarkdownCell => ({
  id,
  cell_type: 'markdown',
  metadata: {},
  source: lines(text),
});

const code = (id: string, text: string): CodeCell => ({
  id,
  cell_type: 'code',
  metadata: {},
  source: lines(text),
  outputs: [],
  execution_count: null,
});

const INTRO = `# Layer Explorer: ゼロから作るDeep Learning 5章 · Deep Learning from Scratch, chapter 5

Layer Explorer のページから、その時の入力のまま書き出したノートブックです。上から順に実行すると、各節は \`# 名前\` の行に続けて、ページに表示されていた値をそのまま表示します。

Exported from the Layer Explorer page with its inputs at that moment. Run the cells from the top: after each \`# name\` line, every section prints that output exactly as the page showed it.`;

function noteText(note: CommentaryNote): string {
  const badge = note.source === 'seed' ? '*シードのメモ · from the seed*' : '*補足 · our note*';
  return `${badge}\n\n${note.text.ja}\n\n${note.text.en}`;
}

/** A section's heading, commentary in both languages, and the book's equations. */
function sectionText(cell: CellId): string {
  const def = CELLS[cell];
  const parts = [`## ${def.title.ja} · ${def.title.en}`, ...def.commentary.map(noteText)];
  for (const f of formulasOf(cell)) parts.push(`**${f.label.ja} · ${f.label.en}**\n\n$$${f.tex}$$`);
  if (!isExportable(cell)) {
    parts.push(
      'この節は本のファイル（common/layers.py など）をまとめて動かすので、ここにはコードを書き出していません。ページで試してください。\n\n' +
        "This section runs the book's own files (common/layers.py and more), so no code is exported for it here; try it on the page.",
    );
  }
  return parts.join('\n\n');
}

/**
 * The whole notebook as a Jupyter notebook (nbformat 4.5): for each section its heading, commentary
 * (ja and en) and equations, then the seed's class (once per class) and a cell that runs it on the
 * page's current inputs, printing each output exactly as the page shows it.
 */
export function notebookOf(inputs: NotebookInputs): Notebook {
  const cells: (MarkdownCell | CodeCell)[] = [
    markdown('intro', INTRO),
    code('imports', 'import numpy as np'),
  ];
  const defined = new Set<string>();
  for (const cell of CELL_IDS) {
    cells.push(markdown(`${cell}-text`, sectionText(cell)));
    if (!isExportable(cell)) continue;
    const { name, source } = seedClass(cell);
    if (!defined.has(name)) {
      cells.push(code(`${cell}-class`, source));
      defined.add(name);
    }
    const program = cellProgram(cell, inputs[cell]);
    const run = [program.inputs, program.compute, showCode(program.shown)].join('\n\n');
    cells.push(code(`${cell}-run`, run));
  }
  return {
    cells,
    metadata: {
      kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** The notebook's `.ipynb` text: JSON with one-space indents, as Jupyter writes it. */
export function ipynb(inputs: NotebookInputs): string {
  return `${JSON.stringify(notebookOf(inputs), null, 1)}\n`;
}
