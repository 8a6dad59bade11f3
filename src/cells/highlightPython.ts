/** The kinds of token the seed's Python is coloured by. */
export type PyTokenKind =
  'keyword' | 'builtin' | 'constant' | 'string' | 'comment' | 'number' | 'magic' | 'name' | 'text';

/** A run of source text and how to colour it. Joined in order, the texts give back the source exactly. */
export interface PyToken {
  readonly kind: PyTokenKind;
  readonly text: string;
}

const KEYWORDS = new Set(
  'and as assert break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const BUILTINS = new Set('print range len self super int float list dict tuple abs max min sum'.split(' '));
const CONSTANTS = new Set(['None', 'True', 'False']);

// One alternative per kind; anything they do not match is plain text.
const TOKEN =
  /(#[^\n]*)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|(^[ \t]*%[^\n]*)|(\b\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)/gm;

function wordKind(word: string, previous: string): PyTokenKind {
  if (KEYWORDS.has(word)) return 'keyword';
  if (CONSTANTS.has(word)) return 'constant';
  if (previous === 'def' || previous === 'class') return 'name';
  return BUILTINS.has(word) ? 'builtin' : 'text';
}

/** Splits Python source into coloured tokens: a highlighter small enough for the seed's few lines. */
export function highlightPython(source: string): PyToken[] {
  const tokens: PyToken[] = [];
  const push = (kind: PyTokenKind, text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind) tokens[tokens.length - 1] = { kind, text: last.text + text };
    else tokens.push({ kind, text });
  };
  let previousWord = '';
  let at = 0;
  for (const m of source.matchAll(TOKEN)) {
    if (m.index > at) push('text', source.slice(at, m.index));
    const [text, comment, string, magic, number] = m;
    if (comment) push('comment', text);
    else if (string) push('string', text);
    else if (magic) push('magic', text);
    else if (number) push('number', text);
    else {
      push(wordKind(text, previousWord), text);
      previousWord = text;
    }
    at = m.index + text.length;
  }
  if (at < source.length) push('text', source.slice(at));
  return tokens;
}
