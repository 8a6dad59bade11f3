/**
 * Characters a Japanese input method types in place of ASCII: full-width forms (`［１，２］`, `－３`,
 * `ｎｐ．ａｒｒａｙ`), the ideographic space, the ideographic comma and full stop, and the prolonged
 * sound mark often typed as a minus. Python refuses them all (`invalid character '１' (U+FF11)`).
 */

const IDEOGRAPHIC: Readonly<Record<number, string>> = {
  0x3000: ' ',
  0x3001: ',',
  0x3002: '.',
  0x30fc: '-',
};

/** The ASCII a full-width character stands for, or null for any other character. */
export function halfWidthOf(c: number): string | null {
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return IDEOGRAPHIC[c] ?? null;
}

/** Whether `text` holds a character `halfWidthOf` converts. */
export function hasFullWidth(text: string): boolean {
  return /[\uff01-\uff5e\u3000-\u3002\u30fc]/.test(text);
}

/** `text` with every full-width character replaced by its ASCII form, the rest untouched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000-\u3002\u30fc]/g, (ch) => halfWidthOf(ch.charCodeAt(0)) ?? ch);
}
