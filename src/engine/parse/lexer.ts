import { halfWidthOf } from './fullWidth';
import { issue, type TokenText } from './issues';
import { clip } from './messages';
import { parseErrorAt } from './position';

/** Token kinds; punctuation is its own spelling. `other` is a character no token starts with. */
export type TokenKind =
  'number' | 'name' | 'string' | 'sign' | '[' | ']' | '(' | ')' | ',' | '=' | ';' | '...' | 'other' | 'end';

const EXACT_LIMIT = 2n ** 53n;
const INT64_LIMIT = 2n ** 63n;
const UINT64_LIMIT = 2n ** 64n;
/** `>>> `, `In [3]: ` or `Out[3]: ` before the first token; `... ` at a line start after `>>>`. */
const FIRST_PROMPT = /\s*(>>>(?=\s|$)[ \t]?|(In|Out) ?\[\d*\]:[ \t]?)/y;
const CONTINUATION_PROMPT = /\.\.\.(?=\s|$)[ \t]?/y;
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Why an integer literal cannot be held here, judged on its exact digits (never on the rounded double):
 * NumPy makes int64 of anything in [-2**63, 2**63), uint64 up to 2**64 − 1 and Python objects past
 * that; a float64 number holds an integer exactly only below 2**53. Long spellings are judged by length.
 */
function integerProblem(digits: string, negative: boolean): 'exact' | 'uint64' | 'object' | null {
  const significant = digits.replace(/^0+/, '');
  if (significant.length < 16) return null;
  if (significant.length > 20) return 'object';
  const n = BigInt(significant);
  if (n < EXACT_LIMIT) return null;
  if (negative) return n > INT64_LIMIT ? 'object' : 'exact';
  if (n < INT64_LIMIT) return 'exact';
  return n < UINT64_LIMIT ? 'uint64' : 'object';
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNamePart = (c: number): boolean => isNameStart(c) || isDigit(c);
const isBreak = (c: number): boolean => c === 10 || c === 13;

/** Spaces a paste may carry: ASCII blanks, no-break and typographic spaces, the BOM. */
function isBlank(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 11 ||
    c === 12 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A pull lexer over pasted text. `next()` moves to the following token and describes it in the public
 * fields; positions are character offsets (turned into line/column only when an error is raised).
 * Interactive prompts (`>>> `, `... `, `In [3]:`, `Out[3]:`) and `#` comments count as whitespace.
 */
export class Lexer {
  readonly text: string;
  private current: TokenKind = 'end';
  /** Offsets of the token: `text.slice(start, end)` is its spelling. */
  start = 0;
  end = 0;
  /** Numbers: the value (unsigned); signs: -1 or +1. */
  value = 0;
  /** Numbers: written with '.', an exponent; a float literal in Python's sense. */
  isFloat = false;
  /** Names: the dotted name; strings: the content between the quotes. */
  word = '';
  /** A line break separates this token from the previous one. */
  newline = false;
  /** Offset of the first blank line between the previous token and this one, or -1. */
  blankLine = -1;
  private pos = 0;
  private prompted = false;

  constructor(text: string) {
    this.text = text;
    this.skipPrompt(true);
  }

  /** The current token's kind. A method, so TypeScript does not keep a narrowing across `next()`. */
  kind(): TokenKind {
    return this.current;
  }

  /** Advances to the next token. */
  next(): void {
    this.skipSpace();
    const { text } = this;
    const i = this.pos;
    this.start = i;
    if (i >= text.length) {
      this.set('end', i);
      return;
    }
    const c = text.charCodeAt(i);
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) this.scanNumber(i);
    else if (isNameStart(c)) this.scanName(i);
    else if (c === 46 && text.startsWith('...', i)) this.set('...', i + 3);
    else if (c === 0x2026) this.set('...', i + 1);
    else if (c === 45 || c === 43 || c === 0x2212) {
      this.value = c === 43 ? 1 : -1;
      this.set('sign', i + 1);
    } else if (c === 39 || c === 34) this.scanString(i, c);
    else if ('[](),=;'.includes(text[i])) this.set(text[i] as TokenKind, i + 1);
    else {
      const half = halfWidthOf(c);
      if (half !== null) {
        const params = { char: text[i], codePoint: codePointText(c), halfWidth: half };
        throw parseErrorAt(text, i, issue('fullWidth', params));
      }
      this.set('other', i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
    }
  }

  /** The token as a learner would name it in a message: `']'`, `'foo'`, `number 1.5`, `end of input`. */
  describe(): TokenText {
    if (this.current === 'end') return { kind: 'end' };
    const spelling = clip(this.text.slice(this.start, this.end));
    if (this.current === 'number') return { kind: 'number', spelling };
    if (this.current === 'string') return { kind: 'text', spelling };
    return { kind: 'char', spelling };
  }

  private set(kind: TokenKind, end: number): void {
    this.current = kind;
    this.end = end;
    this.pos = end;
  }

  private skipSpace(): void {
    const { text } = this;
    let i = this.pos;
    let lineHasText = true;
    this.newline = false;
    this.blankLine = -1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isBlank(c)) i++;
      else if (isBreak(c)) {
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        if (!lineHasText && this.blankLine < 0) this.blankLine = this.lineStartBefore(i);
        this.newline = true;
        lineHasText = false;
        this.pos = i;
        if (this.prompted) {
          this.skipPrompt(false);
          i = this.pos;
        }
      } else if (c === 35) {
        while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
        lineHasText = true;
      } else break;
    }
    this.pos = i;
  }

  /** Start of the line that ends just before `afterBreak`. */
  private lineStartBefore(afterBreak: number): number {
    let j = afterBreak - 1;
    if (this.text.charCodeAt(j) === 10 && this.text.charCodeAt(j - 1) === 13) j--;
    while (j > 0 && !isBreak(this.text.charCodeAt(j - 1))) j--;
    return j;
  }

  /** Skips a prompt at the current line start; after `>>>`, later lines may carry `...` prompts. */
  private skipPrompt(first: boolean): void {
    const pattern = first ? FIRST_PROMPT : CONTINUATION_PROMPT;
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.text);
    if (!m) return;
    if (first && m[0].includes('>>>')) this.prompted = true;
    this.pos += m[0].length;
  }

  private scanNumber(i: number): void {
    const { text } = this;
    const from = i;
    let isFloat = false;
    // The digits as an integer and a power of ten, for the fast path below.
    let mantissa = 0;
    let digits = 0;
    let scale = 0;
    let c = text.charCodeAt(i);
    for (; isDigit(c); c = text.charCodeAt(++i)) {
      mantissa = mantissa * 10 + (c - 48);
      if (mantissa > 0) digits++;
    }
    if (c === 46 && !text.startsWith('...', i)) {
      isFloat = true;
      for (c = text.charCodeAt(++i); isDigit(c); c = text.charCodeAt(++i)) {
        mantissa = mantissa * 10 + (c - 48);
        if (mantissa > 0) digits++;
        scale--;
      }
    }
    if (c === 101 || c === 69) {
      let j = i + 1;
      const s = text.charCodeAt(j);
      if (s === 43 || s === 45) j++;
      if (!isDigit(text.charCodeAt(j))) {
        const params = { spelling: clip(text.slice(from, j)), letter: text[i] };
        throw parseErrorAt(text, j, issue('noExponentDigits', params));
      }
      let exponent = 0;
      for (; isDigit(text.charCodeAt(j)) && exponent < 1e6; j++)
        exponent = exponent * 10 + text.charCodeAt(j) - 48;
      while (isDigit(text.charCodeAt(j))) j++;
      scale += s === 45 ? -exponent : exponent;
      isFloat = true;
      i = j;
    }
    const after = text.charCodeAt(i);
    if (isNamePart(after) || after === 46) {
      const number = clip(text.slice(from, i));
      if (after === 46) throw parseErrorAt(text, i, issue('runTogether', { number }));
      throw parseErrorAt(text, i, issue('glued', { number, char: text[i] }));
    }
    const spelling = text.slice(from, i);
    if (!isFloat && spelling.length >= 16) {
      const before = text.charCodeAt(from - 1);
      const problem = integerProblem(spelling, before === 45 || before === 0x2212);
      if (problem === 'exact') {
        throw parseErrorAt(text, from, issue('intBeyondExact', { spelling: clip(spelling) }));
      }
      if (problem !== null) {
        const params = { spelling: clip(spelling), numpyDtype: problem };
        throw parseErrorAt(text, from, issue('intBeyondInt64', params));
      }
    }
    // Clinger's fast path: an integer below 2**53 times or over an exact power of ten is one correctly
    // rounded operation, so it equals Number(spelling) at a fraction of the cost.
    if (digits <= 15 && scale >= -22 && scale <= 22) {
      this.value = scale < 0 ? mantissa / POW10[-scale] : mantissa * POW10[scale];
    } else {
      this.value = Number(spelling);
    }
    this.isFloat = isFloat;
    this.set('number', i);
  }

  private scanName(i: number): void {
    const { text } = this;
    const from = i;
    i++;
    for (;;) {
      while (isNamePart(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === 46 && isNameStart(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    this.word = text.slice(from, i);
    this.set('name', i);
  }

  private scanString(i: number, quote: number): void {
    const { text } = this;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) !== quote && !isBreak(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== quote) throw parseErrorAt(text, i, issue('unclosedQuote', {}));
    this.word = text.slice(i + 1, j);
    this.set('string', j + 1);
  }
}

/** `U+FF3B`, as Python names a character it cannot read. */
function codePointText(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}
