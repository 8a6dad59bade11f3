import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from '../../src/share/base64url';

describe('base64url', () => {
  it('fromBase64url(toBase64url(bytes)) gives the bytes back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const back = fromBase64url(toBase64url(bytes));
        expect(back.ok && Array.from(back.value)).toEqual(Array.from(bytes));
      }),
    );
  });
  it('toBase64url matches the RFC 4648 url alphabet without padding', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x00, 0x10]);
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
  it('fromBase64url rejects characters outside the alphabet, naming where', () => {
    const r = fromBase64url('abc+def');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({ code: 'bad-encoding', message: 'character 4 of the data is not base64url' });
    expect(fromBase64url('ab=c').ok).toBe(false);
    expect(fromBase64url('abcé').ok).toBe(false);
  });
  it('fromBase64url calls a length no encoder makes (4n + 1) cut short', () => {
    const r = fromBase64url('abcde');
    expect(!r.ok && r.error.code).toBe('corrupt');
  });
});
