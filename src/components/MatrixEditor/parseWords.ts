import type {
  Address,
  Expected,
  Noun,
  ParseCode,
  ParseIssue,
  ParseIssueParams,
  TokenText,
} from '../../engine';
import type { Lang } from '../../i18n/lang';

/**
 * The parser's refusals (`{ code, params }` from src/engine/parse/issues.ts) in both of the page's
 * languages, worded when they are shown, so a message follows a language switch. Code, NumPy's names
 * and Python's own exception texts (`OverflowError: Python int too large to convert to C long`,
 * `invalid character '１' (U+FF11)`) stay as Python writes them in both languages.
 */
export type ParseWords = { readonly [C in ParseCode]: (p: ParseIssueParams[C]) => string };

const EXPECTED: Readonly<Record<Lang, Readonly<Record<Expected, string>>>> = {
  en: {
    number: 'a number',
    numberOrOpen: "a number or '['",
    numberOpenOrClose: "a number, '[' or ']'",
    commaCloseOrNumber: "',', ']' or a number",
    commaOrParen: "',' or ')'",
    wholeNumber: 'a whole number',
    shape: 'a shape such as (2, 3)',
    dtype: 'a dtype such as float64',
  },
  ja: {
    number: '数値',
    numberOrOpen: "数値か '['",
    numberOpenOrClose: "数値、'[' か ']'",
    commaCloseOrNumber: "','、']' か数値",
    commaOrParen: "',' か ')'",
    wholeNumber: '整数',
    shape: '(2, 3) のような形状',
    dtype: 'float64 のような dtype',
  },
};

function token(t: TokenText, lang: Lang): string {
  if (t.kind === 'end') return lang === 'ja' ? '入力の終わり' : 'end of input';
  if (t.kind === 'number') return lang === 'ja' ? `数値 ${t.spelling}` : `number ${t.spelling}`;
  if (t.kind === 'text') return lang === 'ja' ? `文字列 ${t.spelling}` : `text ${t.spelling}`;
  return `'${t.spelling}'`;
}

const NOUN_JA: Readonly<Record<Noun, string>> = { element: '要素', row: '行', block: 'ブロック' };
const EXACT_MAX = '9007199254740991';

/** `row 2 of block 1` (innermost first), `ブロック 1 の 2 行目` (outermost first). */
function where(at: Address, lang: Lang): string {
  if (lang === 'ja') return at.map((a) => `${a.index} ${NOUN_JA[a.noun]}目`).join('の');
  return at
    .map((a) => `${a.noun} ${a.index}`)
    .reverse()
    .join(' of ');
}

const plural = (n: number, noun: Noun): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const mb = (chars: number): string => (chars / (1024 * 1024)).toFixed(1);
/** What a float64 number makes of an integer's exact digits: 9007199254740993 reads as ...992. */
const rounded = (digits: string): string => BigInt(Number(digits)).toString();

const EN: ParseWords = {
  unexpected: (p) => `unexpected ${token(p.found, 'en')}: expected ${EXPECTED.en[p.expected]}`,
  endedEarly: (p) => `the input ended too early: expected ${EXPECTED.en[p.expected]}`,
  neverClosed: (p) =>
    `the '${p.opener}' at line ${p.at.line}, column ${p.at.column} is never closed: expected '${p.closer}'`,
  wrongCloser: (p) =>
    `unexpected ${token(p.found, 'en')}: expected '${p.closer}' to close the '${p.opener}' at line ${p.at.line}, column ${p.at.column}`,
  summarised: () =>
    "this printout is summarised: NumPy replaced elements with '...', so the array cannot be recovered. " +
    'Paste x.tolist() instead, or print after np.set_printoptions(threshold=sys.maxsize)',
  unknownName: (p) => `unknown name '${p.name}': expected a number, True, False, nan or inf`,
  unknownFunction: (p) =>
    `unknown function '${p.name}': expected np.array(...), range(...), np.arange(...) or np.float64(...)`,
  noneNotNumber: (p) => `${p.name} is not a number: every element needs a value`,
  constantCalled: (p) => `'${p.name}' is a value, not a function`,
  typeNotNumber: (p) => `'${p.name}' is a type, not a number: write ${p.name}(0.5)`,
  mustBeCalled: (p) => `'${p.name}' must be called, as in ${p.name}(...)`,
  noExponentDigits: (p) => `'${p.spelling}' is not a number: expected digits after '${p.letter}'`,
  runTogether: (p) =>
    `unexpected '.' after the number ${p.number}: two numbers are run together (is a space or ',' missing?)`,
  glued: (p) =>
    `unexpected '${p.char}' right after the number ${p.number}: expected a space, ',' or a bracket`,
  intBeyondInt64: (p) =>
    `the integer ${p.spelling} is too large for int64: NumPy would make ${
      p.numpyDtype === 'uint64' ? 'a uint64 array' : 'an array of Python objects (dtype=object)'
    } of it, and arrays here are float64, int64 or bool`,
  intBeyondExact: (p) =>
    `the integer ${p.spelling} is at or past 2**53: NumPy's int64 holds it exactly, but here an int64 value is a float64 number, exact only up to ±${EXACT_MAX}, so it would read as ${rounded(p.spelling)}. Use a smaller integer, or write ${p.spelling}.0 for a float64 (NumPy rounds that too)`,
  int64Overflow: (p) =>
    `${p.value} cannot be converted to int64: NumPy raises OverflowError: Python int too large to convert to C long`,
  unclosedQuote: () => 'this text in quotes is never closed',
  fullWidth: (p) =>
    `invalid character '${p.char}' (${p.codePoint}), as Python says: it is a full-width '${p.halfWidth}' (from a Japanese input method), and Python and NumPy read only half-width characters`,
  nothingToRead: () => 'there is nothing to read: paste an array such as [[1, 2], [3, 4]]',
  afterEnd: (p) => `unexpected ${token(p.found, 'en')} after the end of the array: paste one array at a time`,
  signAlone: (p) => `'${p.sign}' must be followed directly by a number`,
  plainNumberHere: (p) => `write a plain number here, not ${p.name}(...)`,
  signBeforeBool: (p) => `a sign cannot go before ${p.name}: it is True or False, not a number`,
  callNeedsValue: (p) => `${p.name}() needs a value, as in ${p.name}([1, 2])`,
  callNeedsList: (p) => `${p.name}() needs a list, tuple or range`,
  tooDeep: (p) => `too deeply nested: NumPy arrays have at most ${p.max} dimensions`,
  unsupportedArgument: (p) => `the argument '${p.name}' is not supported here: only dtype= is`,
  arrayTooManyArgs: () => 'array(...) takes the values and an optional dtype, nothing more',
  onlyOutermost: (p) => `${p.key}= is only supported on the outermost array(...)`,
  givenTwice: (p) => `${p.key} is given twice`,
  unknownDtype: (p) => `unknown dtype '${p.name}': expected float64, int64 or bool`,
  unsupportedDtype: (p) => `dtype ${p.name} is not supported: arrays here are float64, int64 or bool`,
  textNotNumber: (p) => `'${p.text}' is not a number`,
  cannotConvert: (p) => `${p.value} cannot be converted to ${p.dtype}`,
  rangeNeedsFinite: (p) => `${p.name}() needs finite numbers`,
  arangeBool: () => 'np.arange(..., dtype=bool) is not supported',
  rangeNeedsWhole: (p) => `${p.name}() needs whole numbers here (np.arange accepts floats)`,
  rangeArgCount: (p) => `${p.name}() takes 1 to 3 numbers: stop, or start, stop[, step]`,
  rangeZeroStep: (p) => `the step of ${p.name}() cannot be 0`,
  tooManyElements: (p) =>
    `too many numbers: the limit is ${p.limit.toLocaleString('en-US')} elements, the most a matrix here can hold (and a link can carry)`,
  dimTooLong: (p) =>
    `${p.length.toLocaleString('en-US')} along one dimension is too long: the limit is ${p.limit.toLocaleString('en-US')}`,
  textTooLong: (p) =>
    `the text is ${mb(p.length)} MB long: the limit is ${mb(p.limit)} MB, so it was not read (your draft is kept)`,
  emptyLine: () => 'this line is empty: every row of a table needs its numbers',
  raggedLength: (p) =>
    `${where(p.at, 'en')} has ${plural(p.count, p.noun)} but ${where(p.first, 'en')} has ${p.firstCount}`,
  numberNotList: (p) =>
    `${where(p.at, 'en')} is a single number but ${where(p.first, 'en')} is a list of ${plural(p.firstCount, p.noun)}`,
  listNotNumber: (p) => `${where(p.at, 'en')} is a list but ${where(p.first, 'en')} is a single number`,
  shapeMismatch: (p) => `shape=${p.given} does not match the values, whose shape is ${p.actual}`,
  nonFiniteToInt: (p) => `${p.value} cannot be converted to int64: only finite numbers can`,
};

const JA: ParseWords = {
  unexpected: (p) => `${token(p.found, 'ja')} は読めません。ここには${EXPECTED.ja[p.expected]}が必要です`,
  endedEarly: (p) => `入力が途中で終わっています。${EXPECTED.ja[p.expected]}が必要です`,
  neverClosed: (p) =>
    `${p.at.line} 行 ${p.at.column} 列目の '${p.opener}' が閉じられていません。'${p.closer}' が必要です`,
  wrongCloser: (p) =>
    `${token(p.found, 'ja')} は読めません。${p.at.line} 行 ${p.at.column} 列目の '${p.opener}' を閉じる '${p.closer}' が必要です`,
  summarised: () =>
    "この出力は省略されています。NumPy が要素を '...' に置き換えたので、配列を復元できません。" +
    'x.tolist() の結果を貼り付けるか、np.set_printoptions(threshold=sys.maxsize) のあとで print してください',
  unknownName: (p) => `'${p.name}' という名前は知りません。数値、True、False、nan か inf を書いてください`,
  unknownFunction: (p) =>
    `'${p.name}' という関数は知りません。np.array(...)、range(...)、np.arange(...) か np.float64(...) を使ってください`,
  noneNotNumber: (p) => `${p.name} は数値ではありません。どの要素にも値が必要です`,
  constantCalled: (p) => `'${p.name}' は値で、関数ではありません`,
  typeNotNumber: (p) => `'${p.name}' は型で、数値ではありません。${p.name}(0.5) のように書いてください`,
  mustBeCalled: (p) => `'${p.name}' は ${p.name}(...) のように呼び出してください`,
  noExponentDigits: (p) => `'${p.spelling}' は数値ではありません。'${p.letter}' のあとに数字が必要です`,
  runTogether: (p) =>
    `数値 ${p.number} のあとに '.' があります。2 つの数値がつながっています（空白か ',' が抜けていませんか）`,
  glued: (p) => `数値 ${p.number} のすぐあとに '${p.char}' があります。空白、',' か括弧が必要です`,
  intBeyondInt64: (p) =>
    `整数 ${p.spelling} は int64 には大きすぎます。NumPy はこれを${
      p.numpyDtype === 'uint64' ? ' uint64 の配列' : 'Python オブジェクトの配列（dtype=object）'
    }にしますが、ここで扱える配列は float64、int64、bool だけです`,
  intBeyondExact: (p) =>
    `整数 ${p.spelling} は 2**53 以上です。NumPy の int64 はこれを正確に保ちますが、ここでは int64 の値を float64 の数で保つので、正確なのは ±${EXACT_MAX} までで、${rounded(p.spelling)} として読まれてしまいます。小さい整数にするか、float64 にするなら ${p.spelling}.0 と書いてください（NumPy でも丸められます）`,
  int64Overflow: (p) =>
    `${p.value} は int64 に変換できません。NumPy は OverflowError: Python int too large to convert to C long を出します`,
  unclosedQuote: () => '引用符で囲んだ文字列が閉じられていません',
  fullWidth: (p) =>
    `invalid character '${p.char}' (${p.codePoint})（Python のエラー）: 全角の '${p.char}' です。Python と NumPy が読むのは半角の '${p.halfWidth}' だけです（日本語入力で入った全角文字）`,
  nothingToRead: () => '読み取るものがありません。[[1, 2], [3, 4]] のような配列を貼り付けてください',
  afterEnd: (p) =>
    `配列の終わりのあとに ${token(p.found, 'ja')} があります。配列は 1 つずつ貼り付けてください`,
  signAlone: (p) => `'${p.sign}' のすぐあとに数値が必要です`,
  plainNumberHere: (p) => `ここには ${p.name}(...) ではなく、ただの数値を書いてください`,
  signBeforeBool: (p) => `${p.name} の前に符号は付けられません。True か False で、数値ではありません`,
  callNeedsValue: (p) => `${p.name}() には ${p.name}([1, 2]) のように値が必要です`,
  callNeedsList: (p) => `${p.name}() にはリスト、タプルか range が必要です`,
  tooDeep: (p) => `入れ子が深すぎます。NumPy の配列の次元は最大 ${p.max} です`,
  unsupportedArgument: (p) => `引数 '${p.name}' はここでは使えません。使えるのは dtype= だけです`,
  arrayTooManyArgs: () => 'array(...) が受け取るのは値と、省略できる dtype だけです',
  onlyOutermost: (p) => `${p.key}= は一番外側の array(...) にだけ書けます`,
  givenTwice: (p) => `${p.key} が 2 回指定されています`,
  unknownDtype: (p) => `'${p.name}' という dtype は知りません。float64、int64 か bool を使ってください`,
  unsupportedDtype: (p) => `dtype ${p.name} は使えません。ここで扱える配列は float64、int64、bool です`,
  textNotNumber: (p) => `'${p.text}' は数値ではありません`,
  cannotConvert: (p) => `${p.value} は ${p.dtype} に変換できません`,
  rangeNeedsFinite: (p) => `${p.name}() には有限の数値が必要です`,
  arangeBool: () => 'np.arange(..., dtype=bool) は使えません',
  rangeNeedsWhole: (p) => `${p.name}() にはここで整数が必要です（np.arange なら小数も使えます）`,
  rangeArgCount: (p) => `${p.name}() が受け取る数値は 1～3 個（stop、または start, stop[, step]）です`,
  rangeZeroStep: (p) => `${p.name}() の step は 0 にできません`,
  tooManyElements: (p) =>
    `数値が多すぎます。ここで 1 つの行列が持てる（リンクで送れる）のは ${p.limit.toLocaleString('ja-JP')} 要素までです`,
  dimTooLong: (p) =>
    `1 つの次元の長さ ${p.length.toLocaleString('ja-JP')} は長すぎます。上限は ${p.limit.toLocaleString('ja-JP')} です`,
  textTooLong: (p) =>
    `テキストが ${mb(p.length)} MB あります。上限は ${mb(p.limit)} MB なので読み取っていません（入力した下書きはそのまま残っています）`,
  emptyLine: () => 'この行は空です。表のどの行にも数値が必要です',
  raggedLength: (p) =>
    `${where(p.at, 'ja')}には${NOUN_JA[p.noun]}が ${p.count} 個ありますが、${where(p.first, 'ja')}には ${p.firstCount} 個あります`,
  numberNotList: (p) =>
    `${where(p.at, 'ja')}は 1 つの数値ですが、${where(p.first, 'ja')}は${NOUN_JA[p.noun]} ${p.firstCount} 個のリストです`,
  listNotNumber: (p) => `${where(p.at, 'ja')}はリストですが、${where(p.first, 'ja')}は 1 つの数値です`,
  shapeMismatch: (p) => `shape=${p.given} が値の形状 ${p.actual} と合いません`,
  nonFiniteToInt: (p) => `${p.value} は int64 に変換できません。変換できるのは有限の数値だけです`,
};

/** Both tables, by language. */
export const PARSE_WORDS: Readonly<Record<Lang, ParseWords>> = { en: EN, ja: JA };

/** Why the parser refused a text, in `lang`. */
export function parseReason(why: ParseIssue, lang: Lang): string {
  const words = PARSE_WORDS[lang][why.code] as (p: ParseIssue['params']) => string;
  return words(why.params);
}
