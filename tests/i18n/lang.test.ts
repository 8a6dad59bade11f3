import { describe, expect, it } from 'vitest';
import { isLang, LANGS, langOfBrowser } from '../../src/i18n/lang';

describe('isLang', () => {
  it('accepts exactly the page languages', () => {
    expect(LANGS.every(isLang)).toBe(true);
    for (const other of ['JA', 'fr', '', null, undefined, 1]) expect(isLang(other)).toBe(false);
  });
});

describe('langOfBrowser', () => {
  it('reads any Japanese tag as Japanese', () => {
    expect(langOfBrowser(['ja'])).toBe('ja');
    expect(langOfBrowser(['ja-JP', 'en-US'])).toBe('ja');
    expect(langOfBrowser(['JA_jp'])).toBe('ja');
  });

  it('follows the first preferred language the page speaks', () => {
    expect(langOfBrowser(['en-US', 'ja'])).toBe('en');
    expect(langOfBrowser(['fr-FR', 'ja-JP', 'en'])).toBe('ja');
    expect(langOfBrowser(['de', 'en-GB'])).toBe('en');
  });

  it('falls back to English when the browser prefers nothing the page speaks', () => {
    expect(langOfBrowser(['fr', 'de'])).toBe('en');
    expect(langOfBrowser([])).toBe('en');
    expect(langOfBrowser(['jav'])).toBe('en');
  });
});
