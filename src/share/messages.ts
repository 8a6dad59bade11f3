import type { Bilingual } from '../i18n/bilingual';
import { LIMITS } from './limits';
import { cellMatrixNames } from './cellRules';
import type { CellIssue, DecodeErrorCode } from './errors';

const count = (n: number): string => n.toLocaleString('en');

/**
 * What the page tells a person about each error code, in one table, in both languages.
 * Each sentence is about "it": the link, file or saved notebook named by the banner's heading.
 */
export const ERROR_MESSAGES: Readonly<Record<DecodeErrorCode, Bilingual>> = {
  malformed: {
    en: 'It is not a Layer Explorer link: the “#v=…&s=…” part is missing or garbled.',
    ja: 'Layer Explorer のリンクではありません。「#v=…&s=…」の部分がないか、崩れています。',
  },
  'too-long': {
    en: `It is too long to be a notebook snapshot (more than ${count(LIMITS.maxFragmentChars)} characters).`,
    ja: `ノートブックのスナップショットとしては長すぎます（${count(LIMITS.maxFragmentChars)} 文字を超えています）。`,
  },
  'unsupported-version': {
    en: 'It was made by a newer or unknown version of Layer Explorer, which this page cannot read.',
    ja: 'より新しい、または未知のバージョンの Layer Explorer で作られたもので、このページでは読めません。',
  },
  'bad-encoding': {
    en: 'It contains characters a snapshot never has; it was probably altered, or mangled when it was pasted.',
    ja: 'スナップショットには決して含まれない文字があります。書き換えられたか、貼り付けたときに崩れたのでしょう。',
  },
  corrupt: {
    en: 'It is cut short or damaged: part of it was probably lost when it was copied.',
    ja: '途中で切れているか、壊れています。コピーしたときに一部が失われたのでしょう。',
  },
  'too-large': {
    en: `It unpacks to more data than a snapshot may hold (${LIMITS.maxJsonBytes / 1024} KB), so it was not opened.`,
    ja: `展開するとスナップショットの上限（${LIMITS.maxJsonBytes / 1024} KB）を超えるので、開きませんでした。`,
  },
  'bad-json': {
    en: 'Its contents are not a notebook snapshot.',
    ja: '中身がノートブックのスナップショットではありません。',
  },
  'forbidden-key': {
    en: 'It contains a key snapshots never use (such as __proto__ or constructor), so it was not opened.',
    ja: 'スナップショットでは使わないキー（__proto__ や constructor など）を含んでいるので、開きませんでした。',
  },
  'non-finite': {
    en: 'It contains a number too large to represent; NaN and infinities are written as "nan" and "inf".',
    ja: '表せないほど大きな数が含まれています。NaN と無限大は "nan" と "inf" と書かれます。',
  },
  'shape-too-large': {
    en: `It asks for a matrix larger than the notebook allows (at most ${count(LIMITS.maxElements)} elements, ${LIMITS.maxDims} dimensions, ${count(LIMITS.maxDimLength)} per dimension).`,
    ja: `ノートブックで扱える大きさを超える行列を求めています（要素は ${count(LIMITS.maxElements)} 個まで、次元は ${LIMITS.maxDims} まで、各次元の長さは ${count(LIMITS.maxDimLength)} まで）。`,
  },
  invalid: {
    en: 'Its snapshot does not match what a Layer Explorer notebook holds.',
    ja: 'スナップショットの中身が Layer Explorer のノートブックの形と合いません。',
  },
  'cells-refused': {
    en: 'None of the cells it carries holds what that cell takes, so none was opened:',
    ja: '含まれているどのセルも、そのセルが受け取る行列と合わないので、どれも開きませんでした:',
  },
  'storage-refused': {
    en: 'The browser refused to store it (storage may be full or turned off).',
    ja: 'ブラウザが保存を拒みました（保存領域がいっぱいか、無効になっているのかもしれません）。',
  },
};

/** The banner's heading when the autosave opened with some cells repaired or left out. */
export const AUTOSAVE_REPAIRED: Bilingual = {
  en: 'Parts of your saved notebook could not be restored as saved (the saved entry is kept aside, under layer-explorer:autosave-unreadable):',
  ja: '保存されていたノートブックの一部は、保存されたとおりには復元できませんでした（保存内容は layer-explorer:autosave-unreadable に取ってあります）:',
};

/** The banner's heading for a failure, by where the snapshot came from. */
export const FAILURE_HEADINGS = {
  link: { en: 'This link could not be opened.', ja: 'このリンクは開けませんでした。' },
  file: { en: 'This file could not be opened.', ja: 'このファイルは開けませんでした。' },
  autosave: {
    en: 'Your saved notebook could not be restored.',
    ja: '保存されていたノートブックを復元できませんでした。',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/**
 * One cell's issue in both languages, naming the cell by its title (`title`, in both languages) and the
 * matrices (code, as written).
 */
export function cellIssueMessage(issue: CellIssue, title: Bilingual): Bilingual {
  const list = issue.names.join(', ');
  const one = issue.names.length === 1;
  if (issue.code === 'missing-matrix') {
    return {
      en: `${title.en}: ${list} ${one ? 'was' : 'were'} missing, so the seed's ${one ? 'value is' : 'values are'} shown in ${one ? 'its' : 'their'} place.`,
      ja: `${title.ja}: ${list} が含まれていなかったので、代わりにシードの値を表示しています。`,
    };
  }
  const takes = cellMatrixNames(issue.cell).join(', ');
  return {
    en: `${title.en} was not opened: it carries ${list}, which this cell does not have (it takes ${takes}).`,
    ja: `${title.ja} は開きませんでした: このセルにない ${list} を含んでいます（このセルが受け取るのは ${takes}）。`,
  };
}
