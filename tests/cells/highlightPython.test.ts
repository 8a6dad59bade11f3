import { describe, expect, it } from 'vitest';
import { highlightPython } from '../../src/cells/highlightPython';
import { CELLS } from '../../src/notebook/cells';
import { CELL_IDS } from '../../src/notebook/cellIds';

const kindsOf = (src: string) => highlightPython(src).filter((t) => t.kind !== 'text');

describe('highlightPython', () => {
  it("gives back every seed cell's source exactly when its tokens are joined", () => {
    for (const id of CELL_IDS) {
      for (const { code } of CELLS[id].source) {
        expect(
          highlightPython(code)
            .map((t) => t.text)
            .join(''),
        ).toBe(code);
      }
    }
  });

  it('marks keywords, constants, builtins and the name after def or class', () => {
    expect(kindsOf('class Relu:\n    def forward(self, x):\n        return None')).toEqual([
      { kind: 'keyword', text: 'class' },
      { kind: 'name', text: 'Relu' },
      { kind: 'keyword', text: 'def' },
      { kind: 'name', text: 'forward' },
      { kind: 'builtin', text: 'self' },
      { kind: 'keyword', text: 'return' },
      { kind: 'constant', text: 'None' },
    ]);
  });

  it('keeps a comment whole, quotes and all, up to the end of its line', () => {
    expect(kindsOf("y = None # softmaxの出力 'x'\nz")).toEqual([
      { kind: 'constant', text: 'None' },
      { kind: 'comment', text: "# softmaxの出力 'x'" },
    ]);
  });

  it('marks strings, numbers (1.0, -0.5 as 0.5, 1e-7) and IPython magics', () => {
    expect(kindsOf("%matplotlib inline\nx = [1.0, -0.5, 1e-7, 'a#b']")).toEqual([
      { kind: 'magic', text: '%matplotlib inline' },
      { kind: 'number', text: '1.0' },
      { kind: 'number', text: '0.5' },
      { kind: 'number', text: '1e-7' },
      { kind: 'string', text: "'a#b'" },
    ]);
  });

  it('leaves digits inside a name, like x1 or ch04, as part of the name', () => {
    expect(kindsOf('x1 = ch04')).toEqual([]);
  });
});
