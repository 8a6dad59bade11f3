import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages/en';
import { ja } from '../../src/i18n/messages/ja';
import {
  MESSAGES,
  translate,
  TRANSLATORS,
  type MessageKey,
  type MessageTable,
} from '../../src/i18n/translate';

// Type-level checks: tsc -b compiles this file, so each expected error below must really be one.
// @ts-expect-error a table missing a key does not compile
const missing: MessageTable = { ...ja, 'share.undo': undefined };
// @ts-expect-error a table with a key English does not have does not compile
const extra: MessageTable = { ...ja, 'share.unknown': 'x' };
// @ts-expect-error a message must take the English message's parameters
const otherParams: MessageTable = { ...ja, 'toolbar.label': (p: { name: string }) => p.name };
const misuses = () => [
  // @ts-expect-error t() refuses a key no table has
  translate('en', 'no.such.key'),
  // @ts-expect-error t() wants the parameters of a message that takes some
  translate('en', 'toolbar.label'),
  // @ts-expect-error and takes none for a message that has none
  translate('en', 'share.undo', { label: 'x' }),
];
void [missing, extra, otherParams, misuses];

const keys = (table: object) => Object.keys(table).sort();

describe('the message tables', () => {
  it('have every key in both languages, and no other', () => {
    expect(keys(ja)).toEqual(keys(en));
    expect(keys(MESSAGES.ja)).toEqual(keys(MESSAGES.en));
  });

  it('agree on which messages take parameters', () => {
    for (const key of keys(en) as MessageKey[]) {
      expect(typeof ja[key], key).toBe(typeof en[key]);
    }
  });

  it('have no empty message', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const [key, message] of Object.entries(MESSAGES[lang])) {
        if (typeof message === 'string') expect(message.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('write Japanese in Japanese wherever there are words to translate', () => {
    const kana = /[\u3040-\u30ff\u4e00-\u9fff]/;
    // Messages that are symbols or code in both languages.
    const neutral = new Set<string>(['list.separator']);
    for (const [key, message] of Object.entries(ja)) {
      if (typeof message !== 'string' || neutral.has(key)) continue;
      expect(message, key).toMatch(kana);
    }
  });

  it("use the book's terms in Japanese", () => {
    expect(ja['live.forward']).toContain('順伝播');
    expect(ja['live.backward']).toContain('逆伝播');
    expect(ja['paste.oneRow']({ ndim: 1 })).toContain('形状');
  });
});

describe('translate', () => {
  it('gives a plain message in each language', () => {
    expect(translate('en', 'share.undo')).toBe('Undo');
    expect(translate('ja', 'share.undo')).toBe('元に戻す');
  });

  it('fills a message with its parameters', () => {
    expect(translate('en', 'matrix.addRowAria', { label: 'x' })).toBe('Add row to x');
    expect(translate('ja', 'matrix.addRowAria', { label: 'x' })).toBe('x に行を追加');
    expect(translate('ja', 'text.syntaxAt', { line: 2, column: 6, reason: 'unexpected ]' })).toBe(
      '2 行 6 列目: unexpected ]',
    );
  });

  it('has one t per language that calls it', () => {
    expect(TRANSLATORS.ja('share.redo')).toBe('やり直す');
    expect(TRANSLATORS.en('share.redo')).toBe('Redo');
  });
});
