import { describe, expect, it } from 'vitest';
import { array } from '../../src/engine';
import { CELL_IDS } from '../../src/notebook/cellIds';
import { defaultInputs } from '../../src/notebook/cells';
import { decodeFragment } from '../../src/share/codec';
import { cellLink, notebookLink, withoutFragment } from '../../src/share/links';
import type { NotebookInputs } from '../../src/store/types';
import { comparable } from './arbitraries';

const PAGE = 'https://example.org/layer-explorer/';

function url(link: ReturnType<typeof cellLink>): string {
  if (!link.ok) throw new Error(link.error.message);
  return link.value.url;
}

describe('share links', () => {
  const inputs = defaultInputs();

  it('a seed-size cell link stays well under 2,000 characters (sizes printed)', () => {
    const sizes: Record<string, number> = {};
    for (const id of CELL_IDS) {
      const link = url(cellLink(inputs, id, PAGE));
      sizes[`cell ${id}`] = link.length;
      expect(link.length).toBeLessThan(1_000);
    }
    sizes['whole notebook'] = url(notebookLink(inputs, PAGE)).length;
    console.log(`share link sizes in characters, page URL of ${PAGE.length} included:`, sizes);
    expect(sizes['whole notebook']).toBeLessThan(2_000);
  });

  it('a cell link opens at that cell and carries exactly its inputs', () => {
    const link = url(cellLink(inputs, 'softmax-with-loss', `${PAGE}#old`));
    expect(link.startsWith(`${PAGE}#v=1&s=`)).toBe(true);
    const back = decodeFragment(new URL(link).hash);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.snapshot.cell).toBe('softmax-with-loss');
    expect(comparable(back.snapshot.inputs)).toEqual(
      comparable({ 'softmax-with-loss': inputs['softmax-with-loss'] }),
    );
  });

  it('a notebook link carries every cell', () => {
    const back = decodeFragment(new URL(url(notebookLink(inputs, PAGE))).hash);
    expect(back.ok && comparable(back.snapshot.inputs)).toEqual(comparable(inputs));
  });

  it('marks a link past 8 KB as better shared as a file', () => {
    const noisy = array(
      Array.from({ length: 40 }, (_, i) => Array.from({ length: 40 }, (_, j) => Math.sin(i * 40 + j))),
    );
    const big: NotebookInputs = {
      ...inputs,
      relu: { ...inputs.relu, matrices: { ...inputs.relu.matrices, x: noisy } },
    };
    const link = cellLink(big, 'relu', PAGE);
    expect(link.ok && link.value.preferFile).toBe(true);
    const small = cellLink(inputs, 'relu', PAGE);
    expect(small.ok && small.value.preferFile).toBe(false);
  });

  it('says why a cell cannot be shared instead of making a broken link', () => {
    const huge: NotebookInputs = {
      ...inputs,
      relu: { ...inputs.relu, matrices: { x: array(new Array(70_000).fill(1)) } },
    };
    const link = cellLink(huge, 'relu', PAGE);
    expect(!link.ok && link.error.code).toBe('shape-too-large');
  });

  it('withoutFragment drops everything from the #', () => {
    expect(withoutFragment('https://a.b/c?d=1#v=1&s=x')).toBe('https://a.b/c?d=1');
    expect(withoutFragment('https://a.b/c')).toBe('https://a.b/c');
  });
});
