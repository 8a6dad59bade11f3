import { describe, expect, it } from 'vitest';
import { pick } from '../../src/i18n/bilingual';

describe('pick', () => {
  it("gives a pair's text in the language asked for", () => {
    const text = { ja: '順伝播', en: 'forward' };
    expect(pick(text, 'ja')).toBe('順伝播');
    expect(pick(text, 'en')).toBe('forward');
  });
});
