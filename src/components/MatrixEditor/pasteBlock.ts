import { PARSE_LIMITS, ParseError, parseNumpy, tensor, type DType, type Tensor } from '../../engine';
import { castChecked, parseCellText } from './cellValue';
import { resizeGrid, type EditResult } from './gridEdit';
import { said, type Said } from './said';

/** A pasted rectangle of values; null where the pasted cell was blank (the old value stays). */
export type Block =
  | { readonly ok: true; readonly cells: readonly (readonly (number | null)[])[] }
  | { readonly ok: false; readonly message: Said };

const refused = (message: Said): { ok: false; message: Said } => ({ ok: false, message });

const NUMPY_START = /^\s*(?:\[|array\s*\(|np\.array\s*\()/;

/**
 * Whether pasted text is a block (several values: tab- or line-separated, or NumPy's bracketed
 * text) rather than one value that belongs in the cell's own text box.
 */
export function isBlockPaste(text: string): boolean {
  const body = text.replace(/(\r?\n)+$/, '');
  return /[\t\r\n]/.test(body) || NUMPY_START.test(body);
}

/**
 * Reads pasted text as rows of values of `dtype`: NumPy text, or tab/comma/space-separated lines.
 * Text past PARSE_LIMITS (length first, then rows and cells) is refused before it is read.
 */
export function parseBlock(text: string, dtype: DType): Block {
  if (text.length > PARSE_LIMITS.maxChars) {
    const params = { length: text.length, limit: PARSE_LIMITS.maxChars };
    return refused(said('paste.text', { message: { parse: { code: 'textTooLong', params } } }));
  }
  return NUMPY_START.test(text) ? numpyBlock(text, dtype) : delimitedBlock(text, dtype);
}

function refusedAt(r: number, c: number, message: Said): Block {
  return refused(said('paste.at', { row: r + 1, column: c + 1, message }));
}

function numpyBlock(text: string, dtype: DType): Block {
  let parsed: Tensor;
  try {
    parsed = parseNumpy(text.trim());
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const where = said('text.syntaxAt', { line: e.line, column: e.column, reason: { parse: e.issue } });
    return refused(said('paste.text', { message: where }));
  }
  if (parsed.ndim > 2) return refused(said('paste.tooManyDims', { ndim: parsed.ndim }));
  const cols = parsed.ndim === 0 ? 1 : parsed.shape[parsed.ndim - 1];
  const rows = parsed.ndim === 2 ? parsed.shape[0] : 1;
  const cells: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      const v = castChecked(parsed.data[r * cols + c], dtype);
      if (!v.ok) return refusedAt(r, c, v.message);
      row.push(v.value);
    }
    cells.push(row);
  }
  return { ok: true, cells };
}

function delimitedBlock(text: string, dtype: DType): Block {
  // NFKC first, so full-width commas and spaces from a Japanese input method separate values too.
  const lines = text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const tabbed = text.includes('\t');
  const cells: (number | null)[][] = [];
  const { maxDimLength, maxElements } = PARSE_LIMITS;
  if (lines.length > maxDimLength) return refused(said('paste.tooLarge', { maxDimLength, maxElements }));
  let count = 0;
  for (let r = 0; r < lines.length; r++) {
    // Spreadsheets copy tab-separated cells (blank cells stay blank); other text splits on commas/spaces.
    const parts = tabbed ? lines[r].split('\t') : lines[r].trim().split(/\s*,\s*|\s+/);
    count += parts.length;
    if (parts.length > maxDimLength || count > maxElements) {
      return refused(said('paste.tooLarge', { maxDimLength, maxElements }));
    }
    const row: (number | null)[] = [];
    for (let c = 0; c < parts.length; c++) {
      if (parts[c].trim() === '') {
        row.push(null);
        continue;
      }
      const v = parseCellText(parts[c], dtype);
      if (!v.ok) return refusedAt(r, c, v.message);
      row.push(v.value);
    }
    cells.push(row);
  }
  return { ok: true, cells };
}

/**
 * `t` with a pasted block written from (`row`, `col`) rightwards and down, grown with zeros where the
 * block reaches past its edge (never past PARSE_LIMITS, the caps a link's matrices pass). A 1-D tensor
 * takes one row; a 0-d tensor one value.
 */
export function pasteBlock(t: Tensor, row: number, col: number, text: string): EditResult {
  if (t.ndim > 2) return refused(said('paste.ndArray', { ndim: t.ndim }));
  const block = parseBlock(text, t.dtype);
  if (!block.ok) return block;
  const height = block.cells.length;
  const width = Math.max(0, ...block.cells.map((r) => r.length));
  const rows = t.ndim === 2 ? t.shape[0] : 1;
  const cols = t.ndim === 0 ? 1 : t.shape[t.ndim - 1];
  const newRows = Math.max(rows, row + height);
  const newCols = Math.max(cols, col + width);
  if (t.ndim < 2 && newRows > 1) return refused(said('paste.oneRow', { ndim: t.ndim }));
  if (t.ndim === 0 && newCols > 1) return refused(said('paste.oneValue'));
  const { maxDimLength, maxElements } = PARSE_LIMITS;
  if (newRows > maxDimLength || newCols > maxDimLength || newRows * newCols > maxElements) {
    return refused(said('paste.tooLarge', { maxDimLength, maxElements }));
  }
  const grown = resizeGrid(t, newRows, newCols);
  // resizeGrid always copies, so `grown` is ours alone to fill before wrapping it anew.
  const data = grown.data;
  block.cells.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v !== null) data[(row + r) * newCols + col + c] = v;
    }),
  );
  return { ok: true, tensor: tensor(grown.shape, t.dtype, data) };
}
